package scoring

import (
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// Status says whether Score could recompute a score.
type Status string

// The statuses of an Outcome.
const (
	// ScoreComputed: Outcome.Score and Outcome.Interval hold the recomputed
	// score.
	ScoreComputed Status = "computed"
	// ScoreManual: the rule needs a person's judgement (a count of findings, a
	// text actual that differs from a text target, a value on an ambiguous
	// band edge). Outcome.Interval is [0, weight].
	ScoreManual Status = "manual"
	// ScoreUnreadable: the rule text could not be read (or is empty).
	ScoreUnreadable Status = "unreadable"
	// ScoreUnusable: the rule is readable but the target or actual cannot be
	// used with it: missing, text where a number is needed, negative, or in
	// another unit than the other (then UnitMismatch is set).
	ScoreUnusable Status = "unusable"
)

// Outcome is the result of recomputing a score with a Rule.
type Outcome struct {
	Status Status
	// Score is the recomputed score rounded half away from zero (四舍五入) to
	// the places asked for; zero unless Status is ScoreComputed.
	Score decimal.Decimal
	// Interval holds every exact (unrounded) score the rule gives for a target
	// and an actual that display as the ones given: each Value that is not
	// Exact stands for the interval of numbers that round to it
	// (num.Shown.Interval), each Exact one for itself. A declared score is
	// consistent with the rule when its own interval meets this one. It is
	// [0, weight] for ScoreManual and zero for ScoreUnreadable and
	// ScoreUnusable.
	Interval num.Interval
	// Reason explains, in English, a status other than ScoreComputed, or how a
	// computed score came about.
	Reason string
	// UnitMismatch is true when target and actual (or the rule's own bounds)
	// are in different units, such as "%" and "个" or "场" and "人次".
	UnitMismatch bool
}
