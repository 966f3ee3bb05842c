package evaluationtest

import (
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
)

// An Option tunes an assertion: the evaluation options, and for
// AssertFindings how findings are compared.
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

// settingsOf applies the options in order; a later WithOptions wins.
func settingsOf(opts []Option) settings {
	var s settings
	for _, o := range opts {
		if o != nil {
			o.apply(&s)
		}
	}
	return s
}
