// The status bar's words. Pure (no vscode).
import type { Analysis } from '../../engine/types';
import { countLabel } from './claimOutline';
import { formatSize, type AnalysisWindow } from './largeFile';

export interface StatusText {
  text: string;
  tooltip: string;
  warning: boolean;
}

export const describeStatus = (analysis: Analysis, window?: AnalysisWindow): StatusText => {
  const summary = `${countLabel(analysis.sources.length, 'source')} · ${countLabel(analysis.claims.length, 'claim')}`;
  if (window && (window.start > 0 || window.end < analysis.length)) {
    return {
      text: `$(warning) ${summary} (partial)`,
      tooltip: `Large file (${formatSize(analysis.length)}): Sourcelight analyses ${formatSize(window.end - window.start)} around what you are reading, so the editor stays fast. Raise \`sourcelight.largeFile.maxSize\` to analyse more. Click to show the claims.`,
      warning: true,
    };
  }
  const anonymous = analysis.sources.filter((s) => s.type === 'anonymous').length;
  const unattributed = analysis.claims.filter((c) => c.sourceId === null).length;
  const details = [
    countLabel(analysis.attributions.length, 'attribution'),
    countLabel(anonymous, 'anonymous source'),
    countLabel(unattributed, 'unattributed claim'),
  ];
  return { text: `$(quote) ${summary}`, tooltip: `Sourcelight: ${details.join(', ')}. Click to show the claims.`, warning: false };
};
