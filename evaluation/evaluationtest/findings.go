package evaluationtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/shopspring/decimal"
)

// DecimalComparer is a go-cmp option under which two decimal.Decimal values
// are equal when they denote the same number, so that 14.74 equals 14.740.
// go-cmp would pick Decimal's Equal method by itself; the option says so
// explicitly, and keeps holding should the type change. AssertFindings uses
// it; add it to your own cmp.Diff calls on values that hold decimals.
func DecimalComparer() cmp.Option {
	return cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })
}

// An Option tunes AssertFindings.
type Option interface {
	apply(*settings)
}

type settings struct {
	eval    evaluation.Options
	cmpOpts []cmp.Option
}

type optionFunc func(*settings)

func (f optionFunc) apply(s *settings) { f(s) }

// WithOptions evaluates the workbook with opts instead of the zero
// evaluation.Options, for instance to disable codes or to get English
// messages.
func WithOptions(opts evaluation.Options) Option {
	return optionFunc(func(s *settings) { s.eval = opts })
}

// IgnoreMessages leaves Finding.Message out of the comparison, so that the
// expected findings need no message and the test does not depend on the
// language or the wording of the messages.
func IgnoreMessages() Option {
	return CmpOptions(cmpopts.IgnoreFields(evaluation.Finding{}, "Message"))
}

// CmpOptions adds go-cmp options to the comparison, such as
// cmpopts.IgnoreFields(evaluation.Finding{}, "Related").
func CmpOptions(opts ...cmp.Option) Option {
	return optionFunc(func(s *settings) { s.cmpOpts = append(s.cmpOpts, opts...) })
}

// AssertFindings evaluates the workbook at path and fails the test, with a
// diff (-want +got), unless its findings equal want, in the report's order
// (by sheet, row, column and code). Unexported fields are ignored, and a nil
// slice equals an empty one (want may be nil for a workbook without
// findings; Related may be nil for a finding without related cells). Options
// choose the evaluation.Options and loosen the comparison:
//
//	evaluationtest.AssertFindings(t, path, want,
//		evaluationtest.WithOptions(evaluation.Options{Disable: []string{"JX001"}}),
//		evaluationtest.IgnoreMessages())
//
// A workbook that cannot be read stops the test with t.Fatalf.
func AssertFindings(t testing.TB, path string, want []evaluation.Finding, opts ...Option) {
	t.Helper()
	var s settings
	for _, o := range opts {
		if o != nil {
			o.apply(&s)
		}
	}
	rep, ok := evaluate(t, path, s.eval)
	if !ok {
		return
	}
	cmpOpts := append([]cmp.Option{
		cmpopts.IgnoreUnexported(evaluation.Finding{}),
		cmpopts.EquateEmpty(),
		DecimalComparer(),
	}, s.cmpOpts...)
	if diff := cmp.Diff(want, rep.Findings, cmpOpts...); diff != "" {
		t.Errorf("evaluationtest: %s: findings differ (-want +got):\n%s", path, diff)
	}
}
