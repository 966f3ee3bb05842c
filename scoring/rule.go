package scoring

import (
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// Kind is the shape of a 评分标准 (scoring rule) text.
type Kind string

// The kinds of scoring rule Parse recognises, and Default.
const (
	// Proportional scores min(ratio, 1) × weight, where ratio is
	// actual/target for "≥", ">", "=" and bare targets and target/actual for
	// "≤" and "<" targets: "按完成比例计算得分，满分为止", "完成率×分值".
	Proportional Kind = "proportional"
	// Deduction gives full marks at a threshold and deducts a fixed amount
	// per step beyond it: "预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止".
	// Its parameters are in Rule.Deduction.
	Deduction Kind = "deduction"
	// Bands gives fixed points per range of the actual value:
	// "预算调整率=0，计3分；0-10%（含），计2分；…；大于30%不得分".
	Bands Kind = "band"
	// Binary gives full marks when the target is met and nothing
	// otherwise: "按期完成得满分，未完成不得分".
	Binary Kind = "binary"
	// Checklist gives points per item present, or deducts per occurrence,
	// and needs a count a person gives: "①…1分；②…1分", "每发现一处问题扣1分，
	// 扣完为止", "缺一项扣0.5分". It is not recomputable.
	Checklist Kind = "checklist"
	// Judgement leaves the score to a person: "否则酌情扣分", "视具体情况扣分",
	// "根据…评分", a three-level qualitative rule (健全得10分，基本健全得6分，
	// 不健全扣10分), and texts that state no scoring method at all (a weight
	// allocation, a standard such as 持续有效). It is never recomputed and
	// is not unreadable.
	Judgement Kind = "judgement"
	// Default is the national default used where a 项目支出 sheet has no
	// 评分标准; see DefaultRule.
	Default Kind = "default"
	// Unreadable is text that fits no kind. It is never guessed at.
	Unreadable Kind = "unreadable"
	// None is an empty rule cell.
	None Kind = "none"
)

// MaxRuleRunes is the longest rule text Parse reads, in characters; longer
// text is unreadable. Real rules are well under 200 characters.
const MaxRuleRunes = 500

// Direction says on which side of its threshold a deduction rule deducts.
type Direction string

// The directions of a deduction rule.
const (
	// DeductBelow deducts for an actual value under the threshold
	// ("每低1个百分点…", "每低于目标值…").
	DeductBelow Direction = "below"
	// DeductAbove deducts for an actual value over the threshold
	// ("每超过1个百分点…", "每增加1个百分点…").
	DeductAbove Direction = "above"
)

// DeductionParams holds the parameters of a Deduction rule. Percentages are
// stored as fractions, as num.Quantity stores them: a threshold of "100%" is
// 1.00 and a step of "1个百分点" or "1%" is 0.01.
type DeductionParams struct {
	Direction Direction
	// Threshold is the value at which full marks end, written in the rule
	// ("预算完成率=100%得满分" gives 1.00). Nil means the rule refers to the
	// target ("每低于目标值1个百分点…") or names no threshold, and the
	// target's value is used.
	Threshold *decimal.Decimal
	// ThresholdOp is the comparison written with the threshold, such as
	// num.Equal for "=100%" or num.AtMost for "≤5%"; num.None when absent.
	ThresholdOp num.Op
	// ThresholdPercent is true when the threshold was written with "%".
	ThresholdPercent bool
	// ThresholdUnit is the unit written after the threshold ("场"), if any.
	ThresholdUnit string
	// Step is the size of one step ("每低5个百分点" gives 0.05); always > 0.
	Step decimal.Decimal
	// StepPercent is true when Step is in percentage points (个百分点 or %).
	StepPercent bool
	// StepUnit is the unit of a step counted in the value's own unit
	// ("每少1场" gives "场"); "" when StepPercent.
	StepUnit string
	// Amount is the points deducted per step ("扣0.1分" gives 0.1); > 0.
	Amount decimal.Decimal
	// MaxDeduct caps the total deduction ("最多扣2分"); nil when the rule
	// sets no cap beyond the weight itself.
	MaxDeduct *decimal.Decimal
	// Prorate charges a shortfall that is not a whole number of steps in
	// proportion; by default only whole steps are charged ("每低5个百分点
	// 扣1分" deducts nothing for 4 points short). The text sets it when it
	// says 按比例; Rule.Prorated sets it for every deduction.
	Prorate bool
}

// Band is one range of a Bands rule and the points it gives. Bounds are
// fractions when Percent is true ("10%" is 0.10).
type Band struct {
	// Lo and Hi bound the range; nil means unbounded on that side.
	Lo, Hi *decimal.Decimal
	// LoInclusive and HiInclusive say whether a value equal to the bound is
	// in the band. "a-b%（含）" is (a, b]: the 含 marks the upper end, and
	// the lower end belongs to the band before; likewise "a%（含）-b%" is
	// [a, b). A range with no 含 mark is taken as closed at both ends, and
	// "以上"/"以下"/"以内" include their bound. A value on an edge that two
	// bands with different points both claim is reported as manual, never
	// guessed.
	LoInclusive, HiInclusive bool
	// Percent is true when the bounds were written with "%".
	Percent bool
	// Unit is the unit written after the bounds ("场"), if any.
	Unit string
	// Score is the points the band gives, unless FullMarks.
	Score decimal.Decimal
	// FullMarks means the band gives the indicator's weight (得满分).
	FullMarks bool
	// Otherwise marks the catch-all band ("否则不得分", "其他情况不得分"):
	// it applies only when no other band does, and has no bounds.
	Otherwise bool
}

// Rule is a parsed 评分标准. Build one with Parse or DefaultRule; recompute
// a score with Score. A Rule is never changed once built and may be shared.
type Rule struct {
	Kind Kind
	// Text is the rule text as written.
	Text string
	// Partial is true when the kind was told from the words of the text
	// (每…扣, ×分值, 得N分) but not every clause was read: the rule is not
	// recomputed, and Reason says so.
	Partial bool
	// Reason says, in English, why a rule is unreadable, partial, or left
	// to a person; "" otherwise.
	Reason string
	// Points is the score a rule writes for meeting its condition ("计5分",
	// "得20分"), where it writes a number instead of 得满分; nil otherwise.
	// It is the weight in a consistent form.
	Points *decimal.Decimal
	// OfRate marks a Proportional rule whose ratio is an 执行率 ("执行率×分值",
	// "得分(20分*执行率)"): the rate is the actual over the target when both
	// are amounts, or the actual itself when it is a percentage.
	OfRate bool
	// Deduction holds the parameters of a Deduction rule; nil otherwise.
	Deduction *DeductionParams
	// Bands are the ranges of a Bands rule, in the order written.
	Bands []Band
	// PerFinding is the points a Checklist rule deducts per finding
	// ("每发现一处问题扣1分" gives 1), kept for information only.
	PerFinding decimal.Decimal
	// MaxDeduct is the cap on a Checklist rule's total deduction, if written.
	MaxDeduct *decimal.Decimal
}

// Prorated returns the rule with a Deduction's part steps charged in
// proportion (2.5 points short at 0.1 per point deducts 0.25) instead of
// whole steps only; other rules are returned as they are.
func (r Rule) Prorated() Rule {
	if r.Deduction != nil {
		d := *r.Deduction
		d.Prorate = true
		r.Deduction = &d
	}
	return r
}

// DefaultRule returns the rule applied where a 项目支出 sheet has no
// 评分标准, following the national default for project self-evaluation:
//
//   - numeric target and actual: a target that is met gives full marks; one
//     that is not gives marks in proportion, exactly as Proportional
//     (min(ratio, 1) × weight, the ratio inverted for "≤"/"<" targets);
//   - text target (按期完成, 有效提升): an actual whose text equals the
//     target's (after normalisation: full-width forms folded, white space dropped) gives full marks; any other text is
//     left to a person (ScoreManual), since wording such as "基本完成" cannot
//     be judged mechanically;
//   - a numeric target with a text actual, or an empty value, is unusable.
func DefaultRule() Rule { return Rule{Kind: Default} }
