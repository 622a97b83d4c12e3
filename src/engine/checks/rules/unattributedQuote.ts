// `unattributed-quote`: a full quotation that no attribution covers. Partial and scare quotes
// sit inside the reporter's own sentence and are left alone; a quotation that runs over
// several paragraphs counts as attributed when any of its paragraphs is.
import { claimContaining, excerpt, spanCover } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

const check = (ctx: RuleContext): RuleFinding[] => {
  const quotes = ctx.analysis.quotes;
  // Multi-paragraph quotations: consecutive quotes flagged multiParagraph form one chain.
  const chainAttributed = new Array<boolean>(quotes.length).fill(false);
  for (let i = 0; i < quotes.length; ) {
    if (!quotes[i].multiParagraph) {
      i++;
      continue;
    }
    let j = i;
    let attributed = false;
    while (j < quotes.length && quotes[j].multiParagraph) {
      if (quotes[j].attributionId !== null) attributed = true;
      j++;
    }
    for (let k = i; k < j; k++) chainAttributed[k] = attributed;
    i = j;
  }
  const findings: RuleFinding[] = [];
  let insideContent: ReturnType<typeof spanCover> | undefined;
  quotes.forEach((quote, i) => {
    if (quote.kind !== 'full' || quote.attributionId !== null || chainAttributed[i]) return;
    // Also attributed when it lies inside some attribution's content (a quotation within reported speech).
    insideContent ??= spanCover(ctx.analysis.attributions.flatMap((a) => a.content));
    if (insideContent(quote.inner.start, quote.inner.end)) return;
    const claim = claimContaining(ctx.analysis, quote.start, quote.end);
    findings.push({
      message: `Direct quotation with no speaker: "${excerpt(quote.inner.text, 50)}". Say who said it.`,
      start: quote.start,
      end: quote.end,
      claimId: claim?.id,
    });
  });
  return findings;
};

export const unattributedQuoteRule = rule('unattributed-quote', 'warning', check);
