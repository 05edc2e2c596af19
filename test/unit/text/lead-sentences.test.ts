import { describe, expect, it } from 'vitest';
import { leadSentences } from '../../../site/lib/text/lead-sentences.ts';

describe('leadSentences', () => {
  it('keeps whole sentences within the limit and says whether text was left out', () => {
    expect(leadSentences('甲乙丙。丁戊己。庚辛壬癸。', 8)).toEqual({ text: '甲乙丙。丁戊己。', cut: true });
    expect(leadSentences('甲乙丙。丁戊己。', 100)).toEqual({ text: '甲乙丙。丁戊己。', cut: false });
  });
  it('never cuts the first sentence, however long', () => {
    expect(leadSentences('督促各县（市、区）落实责任，确保目标完成。其后。', 5)).toEqual({ text: '督促各县（市、区）落实责任，确保目标完成。', cut: true });
  });
});
