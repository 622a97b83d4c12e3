// Internal (quick fix): records in the sidecar that one rule's findings on one claim are to be
// ignored ("the anonymity is justified: see note"), then re-checks.
import { isRuleId } from '../../../engine/checks/types';
import type { ChecksContext } from '../checksContext';
import type { ClaimCommandArgs } from '../claimTarget';
import { finishAnnotation, targetOrExplain, type AnnotateResult } from './annotateClaim';

export interface IgnoreFindingArgs extends ClaimCommandArgs {
  rule: string;
}

/** The command's handler (registered under `IgnoreFinding` by the checks). */
export const ignoreFindingCommand = (context: ChecksContext) => async (arg?: IgnoreFindingArgs): Promise<AnnotateResult> => {
  if (!arg || !isRuleId(arg.rule)) return { ok: false, error: 'No rule to ignore.' };
  const rule = arg.rule;
  const target = await targetOrExplain(context, arg);
  if (!target) return { ok: false, error: 'No claim.' };
  const write = context.sidecars.ignoreFinding(target.document.uri, target.document.getText(), target.analysis, target.claim.id, rule);
  return finishAnnotation(context, target, write, `${rule} ignored for this claim`);
};
