// Package scoring reads the language of the 评分标准 (scoring rule) column
// of a self-evaluation form and recomputes the score a rule gives.
//
// # Rules
//
// Parse reads a rule text into a Rule of one Kind (the kinds of
// testdata/real/rules-dev.tsv):
//
//   - Proportional: "按完成比例计算得分，满分为止", "完成率×分值",
//     "B/A或A/B*该指标分值": min(actual/target, 1) × weight, the ratio
//     inverted (target/actual) for a "≤" or "<" target. "执行率×分值" and
//     "得分(20分*执行率)" (Rule.OfRate) take the rate from the amounts when
//     both are given, else the percentage written.
//   - Deduction: "预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止",
//     "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分":
//     full marks up to a threshold (written in the rule, or the target),
//     then a fixed amount per step beyond it, never below zero nor below a
//     written cap ("最多扣2分"). Its parameters are a DeductionParams.
//   - Bands: "预算调整率=0，计3分；0-10%（含），计2分；…；大于30%不得分":
//     fixed points per range of the actual value, each a Band.
//   - Binary: "按期完成得满分，未完成不得分": all or nothing.
//   - Checklist: "①…1分;②…1分", "每发现一处问题扣1分，扣完为止", "缺一项扣0.5分":
//     points per item, or a deduction per item, that a person counts; never
//     recomputed.
//   - Judgement: "否则酌情扣分", "视具体情况扣分", "根据…评分", a qualitative
//     middle level ("基本健全的得6分"), and texts with no scoring method at
//     all ("持续有效", a weight allocation): a person decides; never
//     recomputed, and never called unreadable.
//   - Default: no rule text at all on a 项目支出 sheet, where the national
//     default applies (DefaultRule).
//   - Unreadable and None: text that fits no kind, and an empty cell.
//
// Text is normalised first (full-width forms folded, white space dropped,
// ≦ read as ≤). The patterns of the computable kinds must account for the
// whole text; a text no pattern reads in full is told by its words (每…扣,
// ×分值, 得N分, ①②, 酌情): a Checklist, a Judgement, or a rule of a
// computable kind marked Partial, which is never recomputed — a score is
// never guessed. Parse never panics and reads at most MaxRuleRunes
// characters.
//
// # Targets, actual values and weights
//
// Rule.Score takes the target and the actual value as Values, already read:
// a number with its comparison (≥, ≤, =, >, <; from the cell or a separate
// 指标性质 cell), the places it shows, whether it is a percentage (held as
// its fraction: 76% is 0.76) and its unit (from the cell or a separate 度量
// 单位 cell), or text such as 按期完成. ParseValue reads one from text, with
// the qualifiers a cell may add (95%以上 is ≥95%, 左右 is dropped);
// QuantityValue makes one from a number read elsewhere, such as a number
// cell. Values in different units are not compared; a plain number beside a
// percentage is read as a fraction (0.9 beside ≥95% is 90%). Text is
// compared with text. The weight is exact.
//
// # Rounding and intervals
//
// The score is computed exactly with decimals and rounded half away from
// zero (四舍五入, as Excel's ROUND) to the places asked for, those of the
// declared score. Outcome.Interval holds every exact score the rule gives
// for the values the target and the actual may stand for: a Value that is
// not Exact stands for every number that rounds to it at the places it
// shows (97.5% for [97.45%, 97.55%]), an Exact one for itself. Which values
// are exact is the caller's policy; package evaluation takes typed counts,
// targets and thresholds as exact, and percentages and money amounts as
// intervals. A declared score whose own interval meets Outcome.Interval is
// consistent with the rule within rounding. Rule.ScoreOnly skips the
// interval where it costs most, for callers that compare exact scores first.
//
// # Part steps
//
// A Deduction rule charges whole steps only: "每低5个百分点扣1分" deducts
// nothing for 4 points short, and 2.5 points short at 0.1 per point
// deducts 0.2, as reviewers read such rules (testdata/real/README.md §1).
// A text that says 按比例 charges part steps in proportion; Rule.Prorated
// does so for any rule (0.25 for 2.5 points), and package evaluation's
// Options.ProrateSteps applies it to every rule of a workbook.
package scoring
