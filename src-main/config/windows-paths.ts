// A fixed path, never %SystemRoot% or PATH: the environment belongs to the user the system checks guard against. Its own
// module so that the registry reader and the system configuration's trust check share it without importing each other.
export const WINDOWS_SYSTEM32 = 'C:\\Windows\\System32'
