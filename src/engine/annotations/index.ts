// Annotations: the per-article sidecar model, anchoring to claims, and comment-keeping writes.
export { CLAIM_STATUSES, isEvidenceUrl, isSidecarPath, parseSidecar, sidecarPathFor, type ClaimAnnotation, type ClaimStatus, type ParsedSidecar, type Sidecar } from './model';
export { anchorAnnotations, claimAnchor, contextAround, orphanProblems, FUZZY_ANCHOR_THRESHOLD, type AnchoredAnnotation, type ClaimAnchor } from './anchor';
export { ignoreFindingForClaim, updateClaimAnnotation, type ClaimAnnotationPatch } from './update';
export { claimDisplayText, claimKey, diceSimilarity, normalizeText, normalizeWithOffsets, wordTokens, type NormalizedText } from './normalize';
export type { YamlProblem } from '../config/yamlSafety';
