// How a finding is shown in the Problems panel. Pure (no vscode) so it is unit-tested; the
// computer turns these into vscode.Diagnostic objects.
import type { Finding, FindingSeverity } from '../../engine/checks/types';
import { ruleDocsUrl } from '../../engine/checks/index';

/** VS Code's DiagnosticSeverity values (Error 0, Warning 1, Information 2, Hint 3). */
export const SEVERITY_LEVELS: Record<FindingSeverity, 0 | 1 | 2 | 3> = {
  error: 0,
  warning: 1,
  information: 2,
  hint: 3,
};

export const DIAGNOSTIC_SOURCE = 'Sourcelight';

export interface PresentedFinding {
  start: number;
  end: number;
  severity: 0 | 1 | 2 | 3;
  message: string;
  /** The rule id, linked to its documentation page. */
  code: { value: string; target: string };
  related: { start: number; end: number; message: string }[];
}

/** Clamps a finding to the text and gives an empty span one character, so it can be seen. */
export const presentFinding = (finding: Finding, textLength: number): PresentedFinding => {
  const start = Math.max(0, Math.min(textLength, finding.start));
  let end = Math.max(start, Math.min(textLength, finding.end));
  if (end === start && end < textLength) end = start + 1;
  return {
    start,
    end,
    severity: SEVERITY_LEVELS[finding.severity] ?? 1,
    message: finding.message,
    code: { value: finding.rule, target: ruleDocsUrl(finding.rule) },
    related: (finding.related ?? []).map((r) => ({
      start: Math.max(0, Math.min(textLength, r.start)),
      end: Math.max(0, Math.min(textLength, r.end)),
      message: r.message,
    })),
  };
};
