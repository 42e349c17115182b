import { describe, expect, it, vi } from 'vitest'
import { interpretRegQuery, parseRegQuery, POLICY_KEY, policyValue, readRegistryPolicies, regQueryCommand } from '../../../src-main/config/registry-policies'
import type { RegistryPolicies, RegistryRead, SpawnTool, ToolRun } from '../../../src-main/config/registry-policies'

// reg.exe itself cannot run here (this is Linux): every test below feeds samples of what reg.exe prints, in the shape
// Windows 10 and 11 print it (CRLF, a blank line first, four spaces between columns), through the spawn port.

const KEY = POLICY_KEY
const KEY_LINE = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\GovTech\\TechPass Onboarding Assistant'
const crlf = (...lines: string[]): string => lines.join('\r\n')
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const ran = (status: number | null, stdout: string | Uint8Array): ToolRun => ({ status, stdout: typeof stdout === 'string' ? utf8(stdout) : stdout })

function policies(read: RegistryRead): RegistryPolicies {
  if (!read.ok) throw new Error(`expected policies, got ${read.error.refusal}: ${read.error.detail}`)
  return read.value
}

const LISTING = crlf(
  '',
  KEY_LINE,
  '    HelpdeskEmail    REG_SZ    helpdesk@agency.gov.sg',
  '    AllowedDomains    REG_MULTI_SZ    tech.gov.sg\\0go.gov.sg\\0developer.tech.gov.sg',
  '    ReminderDays    REG_DWORD    0x1e',
  '    Helpdesk Contact Name    REG_SZ    Service Desk (Level 2)',
  '    PolicyTextsDir    REG_EXPAND_SZ    %ProgramData%\\TechPass\\policies',
  '    EmptyText    REG_SZ    ',
  '    Big    REG_QWORD    0x100000000',
  '    Blob    REG_BINARY    01FF7A',
  '',
  `${KEY_LINE}\\AllowedDomainsList`,
  '    1    REG_SZ    tech.gov.sg',
  '    2    REG_SZ    go.gov.sg',
  '',
  '',
)

describe('the reg.exe command (built here, never run: reg.exe cannot run on this Linux machine)', () => {
  it('switches the console to UTF-8, then queries the whole key, each program by its fixed System32 path', () => {
    const { file, args } = regQueryCommand(KEY)
    expect(file).toBe('C:\\Windows\\System32\\cmd.exe')
    expect(args).toEqual([
      '/d',
      '/s',
      '/c',
      '""C:\\Windows\\System32\\chcp.com" 65001 >nul && "C:\\Windows\\System32\\reg.exe" query "HKLM\\SOFTWARE\\Policies\\GovTech\\TechPass Onboarding Assistant" /s"',
    ])
  })

  it.each(['A"B', 'A&calc', 'A|B', 'A%PATH%', 'A^B', 'A>B', 'A!B'])('refuses a key cmd.exe would read as more than a name: %s', (vendor) => {
    expect(() => regQueryCommand(`HKLM\\SOFTWARE\\Policies\\${vendor}\\TechPass Onboarding Assistant`)).toThrow(/quotes or cmd operators/)
  })

  it('goes through the spawn port once, with that command', () => {
    const spawn = vi.fn<SpawnTool>(() => ran(0, LISTING))
    expect(policies(readRegistryPolicies(KEY, spawn)).values.size).toBe(8)
    expect(spawn).toHaveBeenCalledTimes(1)
    expect(spawn).toHaveBeenCalledWith(regQueryCommand(KEY).file, regQueryCommand(KEY).args)
  })

  it('the real port: off Windows it says plainly that reg.exe cannot run, and that is no answer about the key', () => {
    const read = readRegistryPolicies(KEY)
    if (process.platform === 'win32') {
      // On a Windows runner reg.exe really runs; the key is not set there, so it reads as no policies.
      console.info('The real spawn port ran reg.exe on this Windows machine.')
      expect(read).toEqual({ ok: true, value: expect.objectContaining({ present: false }) })
      return
    }
    if (!read.ok)
      console.info(`The real spawn port, run here: ${read.error.detail}. reg.exe itself cannot run on this machine; the samples below stand for its output.`)
    expect(read).toEqual({ ok: false, error: { refusal: 'unavailable', detail: `reg.exe runs only on Windows, not on ${process.platform}` } })
  })
})

describe('reg.exe output samples', () => {
  it('REG_SZ, REG_DWORD (hex, as reg.exe prints it) and REG_MULTI_SZ (split on \\0), with their types', () => {
    const { present, values } = policies(interpretRegQuery(KEY, ran(0, LISTING)))
    expect(present).toBe(true)
    expect(values.get('HelpdeskEmail')).toEqual({ type: 'REG_SZ', value: 'helpdesk@agency.gov.sg' })
    expect(values.get('ReminderDays')).toEqual({ type: 'REG_DWORD', value: 30 })
    expect(values.get('AllowedDomains')).toEqual({ type: 'REG_MULTI_SZ', value: ['tech.gov.sg', 'go.gov.sg', 'developer.tech.gov.sg'] })
    expect(values.get('PolicyTextsDir')).toEqual({ type: 'REG_EXPAND_SZ', value: '%ProgramData%\\TechPass\\policies' })
    expect(values.get('EmptyText')).toEqual({ type: 'REG_SZ', value: '' })
    expect(values.get('Big')).toEqual({ type: 'REG_QWORD', value: 4294967296n })
    expect(values.get('Blob')).toEqual({ type: 'REG_BINARY', value: Uint8Array.from([1, 255, 122]) })
  })

  it('a value name with spaces, and data with spaces', () => {
    const { values } = policies(interpretRegQuery(KEY, ran(0, LISTING)))
    expect(values.get('Helpdesk Contact Name')).toEqual({ type: 'REG_SZ', value: 'Service Desk (Level 2)' })
    const odd = crlf('', KEY_LINE, '    Name  with   gaps    REG_SZ    data    with    REG_SZ    inside', '')
    expect(policies(parseRegQuery(KEY, odd)).values.get('Name  with   gaps')).toEqual({ type: 'REG_SZ', value: 'data    with    REG_SZ    inside' })
  })

  it('values in a subkey stay apart from the key own values', () => {
    const { values, subkeys } = policies(interpretRegQuery(KEY, ran(0, LISTING)))
    expect(values.has('1')).toBe(false)
    expect([...subkeys.keys()]).toEqual(['AllowedDomainsList'])
    expect(subkeys.get('AllowedDomainsList')).toEqual(
      new Map([
        ['1', { type: 'REG_SZ', value: 'tech.gov.sg' }],
        ['2', { type: 'REG_SZ', value: 'go.gov.sg' }],
      ]),
    )
  })

  it('a REG_DWORD of 0xffffffff is 4294967295, and an empty REG_MULTI_SZ is no strings', () => {
    const text = crlf('', KEY_LINE, '    Max    REG_DWORD    0xffffffff', '    None    REG_MULTI_SZ    ', '')
    const { values } = policies(parseRegQuery(KEY, text))
    expect(values.get('Max')).toEqual({ type: 'REG_DWORD', value: 4294967295 })
    expect(values.get('None')).toEqual({ type: 'REG_MULTI_SZ', value: [] })
  })

  it('a missing key (exit code 1, the error on standard error only) is no policies, not an error', () => {
    // reg.exe prints "ERROR: The system was unable to find the specified registry key or value." to standard error.
    expect(interpretRegQuery(KEY, ran(1, ''))).toEqual({ ok: true, value: { present: false, values: new Map(), subkeys: new Map() } })
  })

  it('an existing key with no values is present and empty', () => {
    const read = policies(interpretRegQuery(KEY, ran(0, crlf('', KEY_LINE, '', ''))))
    expect(read.present).toBe(true)
    expect(read.values.size).toBe(0)
  })

  it('a value of the wrong type for a declared setting is refused, naming the type it had', () => {
    const { values } = policies(interpretRegQuery(KEY, ran(0, crlf('', KEY_LINE, '    ReminderDays    REG_SZ    30', '    Language    REG_DWORD    0x1', ''))))
    expect(policyValue(values, 'ReminderDays', 'REG_DWORD')).toEqual({ state: 'wrong-type', found: 'REG_SZ' })
    expect(policyValue(values, 'Language', 'REG_SZ')).toEqual({ state: 'wrong-type', found: 'REG_DWORD' })
    expect(policyValue(values, 'AllowedDomains', 'REG_MULTI_SZ')).toEqual({ state: 'absent' })
    // Windows value names ignore case.
    expect(policyValue(values, 'reminderdays', 'REG_SZ')).toEqual({ state: 'set', value: '30' })
  })

  it('a type the app never declares is kept as printed, so a caller can name what it refused', () => {
    const text = crlf('', KEY_LINE, '    Odd    REG_DWORD_BIG_ENDIAN    0x01000000', '')
    const { values } = policies(parseRegQuery(KEY, text))
    expect(values.get('Odd')).toEqual({ type: 'other', regType: 'REG_DWORD_BIG_ENDIAN', text: '0x01000000' })
    expect(policyValue(values, 'Odd', 'REG_DWORD')).toEqual({ state: 'wrong-type', found: 'REG_DWORD_BIG_ENDIAN' })
  })
})

describe('a non-English Windows (German): parsed by structure, not by English words', () => {
  it('the missing key: German error text on standard error, the same exit code, is no policies', () => {
    // "FEHLER: Das System konnte den angegebenen Registrierungsschlüssel oder Wert nicht finden." goes to standard error.
    expect(policies(interpretRegQuery(KEY, ran(1, '\r\n'))).present).toBe(false)
  })

  it('value lines are the same; the localized default value name and non-ASCII data come through as UTF-8', () => {
    const text = crlf(
      '',
      KEY_LINE,
      '    (Standard)    REG_SZ    (Wert nicht festgelegt)',
      '    HelpdeskName    REG_SZ    Benutzerbetreuung Müller & Söhne',
      '    HelpdeskNameVi    REG_SZ    Bộ phận hỗ trợ',
      '    Übersicht    REG_DWORD    0x0',
      '',
    )
    const { values } = policies(interpretRegQuery(KEY, ran(0, text)))
    expect(values.get('HelpdeskName')).toEqual({ type: 'REG_SZ', value: 'Benutzerbetreuung Müller & Söhne' })
    expect(values.get('HelpdeskNameVi')).toEqual({ type: 'REG_SZ', value: 'Bộ phận hỗ trợ' })
    expect(values.get('Übersicht')).toEqual({ type: 'REG_DWORD', value: 0 })
    expect(values.size).toBe(4)
  })

  it('output left in the OEM code page (850: ü is byte 0x81) is refused, never misread', () => {
    const cp850 = Uint8Array.from([...utf8(`\r\n${KEY_LINE}\r\n    HelpdeskName    REG_SZ    M`), 0x81, ...utf8('ller\r\n')])
    expect(interpretRegQuery(KEY, ran(0, cp850))).toEqual({
      ok: false,
      error: { refusal: 'unreadable', detail: 'the output is not UTF-8 (the console code page was not switched)' },
    })
  })
})

describe('what is not an answer about the key', () => {
  it.each<[string, ToolRun]>([
    ['reg.exe or chcp.com not found (cmd.exe exit code 9009)', ran(9009, '')],
    ['another exit code', ran(5, '')],
    ['killed (no exit code)', ran(null, '')],
    ['the spawn failed', { status: null, stdout: new Uint8Array(), error: 'spawnSync C:\\Windows\\System32\\cmd.exe ETIMEDOUT' }],
  ])('%s: unavailable', (_, run) => {
    const read = interpretRegQuery(KEY, run)
    expect(read.ok || read.error.refusal).toBe('unavailable')
  })

  it('exit code 1 with output on standard output is not the missing key', () => {
    const read = interpretRegQuery(KEY, ran(1, crlf('', KEY_LINE, '    A    REG_SZ    b', '')))
    expect(read.ok || read.error.refusal).toBe('unavailable')
  })

  it.each([
    ['a value line before any key', crlf('', '    A    REG_SZ    b', '')],
    ['another key than the one asked for', crlf('', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Other', '    A    REG_SZ    b', '')],
    ['a line break inside a value', crlf('', KEY_LINE, '    Note    REG_SZ    first line', 'second line', '    A    REG_SZ    b', '')],
    ['a line break inside the last value', crlf('', KEY_LINE, '    Note    REG_SZ    first line', '', 'second line', '')],
    ['a REG_DWORD not in hex', crlf('', KEY_LINE, '    A    REG_DWORD    30', '')],
    ['a REG_DWORD of more than 32 bits', crlf('', KEY_LINE, '    A    REG_DWORD    0x100000000', '')],
    ['REG_BINARY that is not hex bytes', crlf('', KEY_LINE, '    A    REG_BINARY    0G', '')],
    ['a value line without a type', crlf('', KEY_LINE, '    A    B    C', '')],
    ['no key at all', crlf('', '', '')],
  ])('%s: unreadable', (_, text) => {
    const read = interpretRegQuery(KEY, ran(0, text))
    expect(read.ok || read.error.refusal).toBe('unreadable')
  })
})
