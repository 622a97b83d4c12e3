// Every command the claim checks contribute, in one place (package.json lists the same ids).
export enum CommandId {
  CheckClaims = 'sourcelight.checkClaims',
  CheckWorkspace = 'sourcelight.checkWorkspace',
  MarkVerified = 'sourcelight.markVerified',
  MarkDisputed = 'sourcelight.markDisputed',
  MarkFalse = 'sourcelight.markFalse',
  AddNote = 'sourcelight.addNote',
  NextUnverifiedClaim = 'sourcelight.nextUnverifiedClaim',
  AddSourceToRegistry = 'sourcelight.addSourceToRegistry',
  ShowSourceAudit = 'sourcelight.showSourceAudit',
  /** Internal: applies a quick fix's sidecar change (hidden from the palette). */
  IgnoreFinding = 'sourcelight.ignoreFinding',
}
