import type { Handlers } from '../../src-shared/contract'
import type { SupportService } from './support-service'

export function supportHandlers(support: SupportService): Pick<Handlers, 'support:export' | 'support:import' | 'print:pdf'> {
  return {
    'support:export': ({ redact }) => support.exportBundle(redact),
    'support:import': () => support.importBundle(),
    'print:pdf': ({ kind }) => support.print(kind),
  }
}
