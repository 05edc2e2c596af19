/**
 * Grades 1–9 of compulsory education as schools write them: 一年级 … 九年级
 * (七至九年级 are 初中一至三年级). Shared by the 年级 picker of every form,
 * their printouts and the monthly report's new rows.
 *
 * Exports: gradeName, gradesOfStages, Stage.
 */
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const gradeName = (grade: number): string => (Number.isInteger(grade) && grade >= 1 && grade <= 9 ? `${numerals[grade - 1]}年级` : String(grade));

export type Stage = 'primary' | 'junior';

/** 小学 1–6, 初中 7–9. */
export const gradesOfStages = (stages: Stage[]): number[] =>
  [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((g) => stages.includes(g <= 6 ? 'primary' : 'junior'));
