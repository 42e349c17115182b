import { lazy } from 'react'
import type { ComponentType } from 'react'
import { withWholeCatalog } from '../i18n/catalogs'

// The one way a part of the page is loaded when it is first needed (a step's tool, the helpdesk guide, a dialog): the
// module and the rest of the English catalog together, so what it shows is never a message id.
export const onDemand = <M, P extends object = object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) =>
  lazy(withWholeCatalog(() => load().then((m) => ({ default: pick(m) }))))
