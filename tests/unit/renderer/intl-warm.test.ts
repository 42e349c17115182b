import { afterEach, describe, expect, it, vi } from 'vitest'
import { readWarmRequest, warmIntl, warmIntlOffThread } from '../../../src-renderer/src/intl-warm'
import type { WarmRequest } from '../../../src-renderer/src/intl-warm'

// Each Intl constructor the warm-up uses, counted as it is called (Intl's properties are read-only to TypeScript only).
const real = { PluralRules: Intl.PluralRules, NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat }
function countFormatters(): Array<[string, unknown]> {
  const made: Array<[string, unknown]> = []
  const writable = Intl as unknown as Record<keyof typeof real, unknown>
  for (const name of Object.keys(real) as Array<keyof typeof real>) {
    const Base = real[name] as new (...args: unknown[]) => object
    writable[name] = class extends Base {
      constructor(...args: unknown[]) {
        super(...args)
        made.push([name, args[0]])
      }
    }
  }
  return made
}

afterEach(() => {
  Object.assign(Intl, real)
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('readWarmRequest', () => {
  it('reads a short list of language tags', () => {
    expect(readWarmRequest(['en-GB'])).toEqual(['en-GB'])
    expect(readWarmRequest(['zh-Hans-SG', 'vi-VN', 'id-ID'])).toEqual(['zh-Hans-SG', 'vi-VN', 'id-ID'])
  })

  it.each([
    ['nothing', undefined],
    ['a bare tag', 'en-GB'],
    ['an empty list', []],
    ['too many tags', ['en', 'vi', 'id', 'zh', 'fr']],
    ['a number', [1]],
    ['a tag with a space', ['en GB']],
    ['a path', ['../en']],
    ['a long part', ['en-abcdefghijk']],
    ['an object', [{ toString: () => 'en' }]],
  ])('refuses %s', (_what, data) => {
    expect(readWarmRequest(data)).toBeNull()
  })
})

describe('warmIntl', () => {
  it("makes one plural rule, one number format and one date format for the tags, the kinds the first screen's text uses", () => {
    const made = countFormatters()
    warmIntl(['vi-VN'])
    expect(made).toEqual([
      ['PluralRules', ['vi-VN']],
      ['NumberFormat', ['vi-VN']],
      ['DateTimeFormat', ['vi-VN']],
    ])
  })
})

describe('warmIntlOffThread', () => {
  it('sends the tags to a worker and makes no formatter on the calling thread', () => {
    const made = countFormatters()
    const posted: WarmRequest[] = []
    warmIntlOffThread(['en-GB'], () => ({ postMessage: (tags) => posted.push(tags) }))
    expect(posted).toEqual([['en-GB']])
    expect(made).toEqual([])
  })

  it('does nothing where no worker can be made: the page makes its formatters itself', () => {
    const made = countFormatters()
    expect(() => warmIntlOffThread(['en-GB'], () => null)).not.toThrow()
    expect(made).toEqual([])
  })
})

describe('the worker', () => {
  async function loadWorker() {
    // The worker's scope is its global object: its handler is set there, and close() is looked up there.
    const close = vi.fn()
    vi.stubGlobal('close', close)
    vi.stubGlobal('onmessage', null)
    await import('../../../src-renderer/src/intl-warm.worker')
    const send = (globalThis as unknown as { onmessage: ((event: { data: unknown }) => void) | null }).onmessage
    if (!send) throw new Error('the worker set no message handler')
    return { send, close }
  }

  it('warms the formatters for the tags it is sent, then ends itself', async () => {
    const { send, close } = await loadWorker()
    const made = countFormatters()
    send({ data: ['id-ID'] })
    expect(made.map(([name]) => name)).toEqual(['PluralRules', 'NumberFormat', 'DateTimeFormat'])
    expect(close).toHaveBeenCalledOnce()
  })

  it('formats nothing for a message it does not read, and still ends itself', async () => {
    const { send, close } = await loadWorker()
    const made = countFormatters()
    send({ data: 'en-GB; drop table' })
    expect(made).toEqual([])
    expect(close).toHaveBeenCalledOnce()
  })
})
