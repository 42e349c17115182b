import { describe, expect, it } from 'vitest'
import { parseSddl } from '../../../src-main/config/sddl'
import { SID, decideTrust } from '../../../src-main/config/trust'
import type { PathFacts } from '../../../src-main/config/trust'
import { plain } from '../support/said'

// Samples in the form `(Get-Acl -LiteralPath …).Sddl` prints them.
const PROGRAMDATA_DEFAULT = 'O:SYG:SYD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICIIO;GA;;;CO)(A;OICI;0x1200a9;;;BU)(A;CI;DCLCRPCR;;;BU)'
const SUBFOLDER_INHERITED =
  'O:BAG:S-1-5-21-1004336348-1177238915-682003330-513D:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIIOID;GA;;;CO)(A;OICIID;0x1200a9;;;BU)(A;CIID;DCLCRPCR;;;BU)'
const SUBFOLDER_LOCKED = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)'
const FILE_LOCKED = 'O:BAG:SYD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)'
const FILE_BY_USER =
  'O:S-1-5-21-1004336348-1177238915-682003330-1001G:S-1-5-21-1004336348-1177238915-682003330-513D:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)'
const FILE_EVERYONE_MODIFY = 'O:SYG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)(A;;0x1301bf;;;WD)'
const WITH_SACL = 'O:BAG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)(A;;FR;;;AU)S:AI(AU;SAFA;FA;;;WD)'
const CONDITIONAL = 'O:BAG:SYD:PAI(A;;FA;;;BA)(XA;;FW;;;AU;(Member_of {SID(BA)}))'

const folder = (sddl: string): PathFacts => ({ isFile: false, isDirectory: true, windows: parseSddl(sddl)! })
const file = (sddl: string): PathFacts => ({ isFile: true, isDirectory: false, windows: parseSddl(sddl)! })

describe('parseSddl', () => {
  it('reads the owner and each access entry, aliases turned into SIDs', () => {
    expect(parseSddl(PROGRAMDATA_DEFAULT)).toEqual({
      ownerSid: SID.system,
      entries: [
        { allow: true, sid: SID.system, mask: 0x1f01ff, inheritOnly: false },
        { allow: true, sid: SID.administrators, mask: 0x1f01ff, inheritOnly: false },
        { allow: true, sid: 'S-1-3-0', mask: 0x10000000, inheritOnly: true },
        { allow: true, sid: SID.users, mask: 0x1200a9, inheritOnly: false },
        { allow: true, sid: SID.users, mask: 0x2 | 0x4 | 0x10 | 0x100, inheritOnly: false },
      ],
    })
  })

  it('reads a full SID as owner, and stops at the audit section', () => {
    expect(parseSddl(FILE_BY_USER)?.ownerSid).toBe('S-1-5-21-1004336348-1177238915-682003330-1001')
    expect(parseSddl(WITH_SACL)?.entries.map((e) => e.sid)).toEqual([SID.system, SID.administrators, SID.authenticatedUsers])
  })

  it('a conditional allow entry counts as an allow entry', () => {
    expect(parseSddl(CONDITIONAL)?.entries).toEqual([
      { allow: true, sid: SID.administrators, mask: 0x1f01ff, inheritOnly: false },
      { allow: true, sid: SID.authenticatedUsers, mask: 0x120116, inheritOnly: false },
    ])
  })

  it('a missing access list (everyone may do anything) becomes a write entry for Everyone', () => {
    expect(parseSddl('O:BAG:SYD:NO_ACCESS_CONTROL')?.entries).toEqual([{ allow: true, sid: SID.everyone, mask: 0x10000000, inheritOnly: false }])
  })

  it.each([
    ['nothing', ''],
    ['an error message', "Get-Acl : Cannot find path 'C:\\x' because it does not exist."],
    ['no owner', 'G:SYD:PAI(A;;FA;;;SY)'],
    ['no access list', 'O:BAG:SY'],
    ['an unclosed entry', 'O:BAG:SYD:PAI(A;;FA;;;SY'],
    ['an unknown right', 'O:BAG:SYD:PAI(A;;ZZ;;;BU)'],
    ['a broken SID', 'O:BAG:SYD:PAI(A;;FA;;;S-1-x)'],
    ['too few fields', 'O:BAG:SYD:PAI(A;;FA)'],
    ['text after the entries', 'O:BAG:SYD:PAI(A;;FA;;;SY)junk'],
  ])('%s: null, never a guess', (_, text) => {
    expect(parseSddl(text)).toBeNull()
  })
})

describe('parseSddl feeding decideTrust: what an administrator meets', () => {
  it('a folder made under ProgramData and left as it was: untrusted, Users may create files there', () => {
    expect(plain(decideTrust({ platform: 'win32', file: file(FILE_LOCKED), folders: [folder(SUBFOLDER_INHERITED)] }))).toEqual({
      trusted: false,
      reason: 'Ordinary users can change it: Users may write to its folder.',
    })
  })

  it('ProgramData itself as the folder: untrusted', () => {
    expect(plain(decideTrust({ platform: 'win32', file: file(FILE_LOCKED), folders: [folder(PROGRAMDATA_DEFAULT)] }))).toMatchObject({ trusted: false })
  })

  it('the folder with inheritance removed and Users read-only: trusted', () => {
    expect(plain(decideTrust({ platform: 'win32', file: file(FILE_LOCKED), folders: [folder(SUBFOLDER_LOCKED)] }))).toEqual({ trusted: true })
  })

  it('a file a user created, or one Everyone may modify: untrusted', () => {
    expect(plain(decideTrust({ platform: 'win32', file: file(FILE_BY_USER), folders: [folder(SUBFOLDER_LOCKED)] }))).toMatchObject({ trusted: false })
    expect(plain(decideTrust({ platform: 'win32', file: file(FILE_EVERYONE_MODIFY), folders: [folder(SUBFOLDER_LOCKED)] }))).toEqual({
      trusted: false,
      reason: 'Ordinary users can change it: Everyone may write to it.',
    })
  })

  it('a conditional write entry for Authenticated Users: untrusted', () => {
    expect(plain(decideTrust({ platform: 'win32', file: file(CONDITIONAL), folders: [folder(SUBFOLDER_LOCKED)] }))).toMatchObject({ trusted: false })
  })
})
