// The claim-check computer: gathers what the rules read (the shared analysis of this document
// version, `.sourcelight.yaml`, the sidecar and its evidence files, the severity settings),
// runs the engine's checks and turns findings into diagnostics. It also remembers, per
// document, which finding each diagnostic came from and at which version, so quick fixes can
// use the finding's data and refuse to act on an out-of-date diagnostic.
import * as vscode from 'vscode';
import { positionsIn, spanRange } from '../ranges';
import { runChecks } from '../../engine/checks/index';
import type { Finding } from '../../engine/checks/types';
import type { Analysis } from '../../engine/types';
import type { AnchoredAnnotation } from '../../engine/annotations/index';
import { severitySettings, type ConfigStore } from './configStore';
import type { DiagnosticsComputer } from './diagnostics';
import { automaticSeverities } from './claimSelection';
import { DIAGNOSTIC_SOURCE, presentFinding } from './findingPresentation';
import type { SidecarStore } from './sidecarStore';

/** What the checks need from the analysis cache. */
export interface AnalysisProvider {
  get(document: vscode.TextDocument): { analysis: Analysis; version: number };
  isArticle(document: vscode.TextDocument): boolean;
}

export interface CheckedFinding {
  diagnostic: vscode.Diagnostic;
  finding: Finding;
}

export interface CheckRecord {
  /** The document version the findings belong to. */
  version: number;
  text: string;
  analysis: Analysis;
  anchors: AnchoredAnnotation[];
  findings: CheckedFinding[];
}

export interface ClaimDiagnosticsComputer extends DiagnosticsComputer {
  /** The last check of `document`, if it is still of the current version. */
  current(document: vscode.TextDocument): CheckRecord | undefined;
  /** The finding behind a diagnostic VS Code hands back (a copy, matched by range, code and message). */
  findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): CheckedFinding | undefined;
  forget(uri: vscode.Uri): void;
}

export const createClaimDiagnosticsComputer = (analyses: AnalysisProvider, configs: ConfigStore, sidecars: SidecarStore): ClaimDiagnosticsComputer => {
  const records = new Map<string, CheckRecord>();
  const current = (document: vscode.TextDocument): CheckRecord | undefined => {
    const record = records.get(document.uri.toString());
    return record && record.version === document.version ? record : undefined;
  };
  return {
    compute: async (document, token, options = { explicit: true }) => {
      const { config } = await configs.configFor(document);
      const sidecar = await sidecars.read(document.uri);
      const evidence = await sidecars.readEvidence(sidecar);
      if (token.isCancellationRequested || document.isClosed) return [];

      // Synchronously from here: the text, its analysis and the findings are of one version.
      const { analysis } = analyses.get(document);
      const text = document.getText();
      const anchors = sidecars.anchor(sidecar, text, analysis);
      const findings = runChecks({
        text,
        analysis,
        config,
        sidecar: sidecar.parsed?.sidecar ?? null,
        anchors,
        readEvidence: (path) => evidence.get(path.trim()),
        severities: automaticSeverities(severitySettings(document.uri), options.explicit || sidecar.text !== undefined),
      });
      const seen = new Set<string>();
      const checked: CheckedFinding[] = [];
      for (const finding of findings) {
        const key = `${finding.rule}:${finding.start}:${finding.end}:${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const diagnostic = toDiagnostic(document, finding, text.length);
        const passage = closestPassageLocation(finding, sidecar.uri, evidence);
        if (passage) diagnostic.relatedInformation = [...(diagnostic.relatedInformation ?? []), passage];
        checked.push({ finding, diagnostic });
      }
      records.set(document.uri.toString(), { version: document.version, text, analysis, anchors, findings: checked });
      return checked.map((c) => c.diagnostic);
    },
    current,
    findingFor: (document, diagnostic) => {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      return current(document)?.findings.find(
        (c) => c.finding.rule === code && c.diagnostic.message === diagnostic.message && c.diagnostic.range.isEqual(diagnostic.range),
      );
    },
    forget: (uri) => records.delete(uri.toString()),
  };
};

/** For `quote-mismatch`: where in the evidence file the closest passage is, to jump there. */
const closestPassageLocation = (finding: Finding, sidecarUri: vscode.Uri, evidence: ReadonlyMap<string, string>): vscode.DiagnosticRelatedInformation | undefined => {
  const data = finding.data as { evidence?: unknown; closestStart?: unknown; closestEnd?: unknown } | undefined;
  if (finding.rule !== 'quote-mismatch' || typeof data?.evidence !== 'string') return undefined;
  const { closestStart, closestEnd } = data;
  const text = evidence.get(data.evidence.trim());
  if (text === undefined || typeof closestStart !== 'number' || typeof closestEnd !== 'number') return undefined;
  const position = positionsIn(text);
  const uri = vscode.Uri.joinPath(sidecarUri, '..', data.evidence.trim());
  return new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(position(closestStart), position(closestEnd))), 'The closest passage in the evidence');
};

const toDiagnostic = (document: vscode.TextDocument, finding: Finding, length: number): vscode.Diagnostic => {
  const shown = presentFinding(finding, length);
  const range = spanRange(document, shown);
  const diagnostic = new vscode.Diagnostic(range, shown.message, shown.severity as vscode.DiagnosticSeverity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: shown.code.value, target: vscode.Uri.parse(shown.code.target) };
  if (shown.related.length > 0) {
    diagnostic.relatedInformation = shown.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, spanRange(document, r)), r.message),
    );
  }
  return diagnostic;
};
