import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import type { ManagedSetting } from '../../../src-shared/contract'
import type { Msg } from '../../../src-shared/message'
import { useSay } from '../state/use-say'
import { useApp } from '../state/store-context'
import './managed-settings.css'

// Read-only, for an administrator or the helpdesk: every setting the app runs with, its value and where it came from
// (a Windows policy, macOS managed preferences, a configuration file, or built in). Read from main when first opened.
export function ManagedSettings() {
  const run = useApp((s) => s.run)
  const [rows, setRows] = useState<ManagedSetting[] | null>(null)
  const [error, setError] = useState<Msg | null>(null)
  const sayText = useSay()
  const load = async () => {
    if (rows) return
    const read = await run((api) => api.config.managed(), { background: true, failed: setError })
    if (read) {
      setError(null)
      setRows(read)
    }
  }
  return (
    <details className="managed-settings no-print" data-testid="managed-settings" onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>
        <h2 id="managed-settings-title">
          <Trans>Managed settings</Trans>
        </h2>
      </summary>
      <p>
        <Trans>The settings this app uses, and where each one comes from. To change one, change it where it comes from.</Trans>
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {sayText(error)}
        </p>
      )}
      {rows && (
        // A region of its own that the keyboard can reach and scroll, when the table is wider than the window.
        <div className="managed-table" role="region" aria-labelledby="managed-settings-title" tabIndex={0}>
          <table data-testid="managed-settings-table">
            <thead>
              <tr>
                <th scope="col">
                  <Trans>Setting</Trans>
                </th>
                <th scope="col">
                  <Trans>Value</Trans>
                </th>
                <th scope="col">
                  <Trans>Source</Trans>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.setting} data-setting={row.setting}>
                  <th scope="row">
                    <code>{row.setting}</code>
                    <span className="managed-policy">{row.policy}</span>
                  </th>
                  <td className="managed-value">
                    <ShownValue value={row.value} />
                  </td>
                  <td className="managed-source">
                    <SourceName source={row.source} />
                    {row.source.where && <span className="managed-where">{row.source.where}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  )
}

// Values as an administrator writes them: text as it is, numbers, true or false, a list one entry after another.
function ShownValue({ value }: { value: ManagedSetting['value'] }) {
  const { t } = useLingui()
  if (value === null) return <span className="managed-unset">{t`Not set`}</span>
  if (Array.isArray(value)) return <code>{value.join(', ')}</code>
  return <code>{String(value)}</code>
}

function SourceName({ source }: { source: ManagedSetting['source'] }) {
  switch (source.kind) {
    case 'default':
      return <Trans comment="The setting's value is the one that comes with the app.">Built in</Trans>
    case 'windows-policy':
      return <Trans comment="A Windows Group Policy or Intune policy (a registry value); the registry key follows.">Windows policy</Trans>
    case 'macos-managed':
      return <Trans comment="A macOS configuration profile's settings; the file follows.">macOS managed preferences</Trans>
    case 'system-file':
      return <Trans comment="The administrator's config.json file; its path follows.">Configuration file</Trans>
    case 'test-file':
      return <Trans comment="A file named by the TECHPASS_CONFIG test setting, only in builds for testing; its path follows.">Test configuration file</Trans>
  }
}
