package evaluation

import (
	"github.com/jixiao-go/jixiao/vocabulary"
	"github.com/jixiao-go/jixiao/xlsx"
)

// DefaultMaxFindings bounds the findings of one workbook when
// Options.MaxFindings is zero.
const DefaultMaxFindings = 1000

// Options tune an evaluation. The zero value checks everything, in Chinese,
// with the default limits.
type Options struct {
	// Language of the messages: "zh" (the default) or "en"; any other
	// value makes every evaluation fail with an error that says so.
	Language string
	// Disable lists codes not to report, such as "JX001"; a code that no
	// check has makes every evaluation fail with an error that says so.
	Disable []string
	// MaxFindings bounds the findings kept; when more were found the report
	// is marked Partial. Zero means DefaultMaxFindings, negative no limit.
	MaxFindings int
	// Limits are the limits and the password for reading the file.
	Limits xlsx.Options
	// Vocabulary is the words forms are read by; nil means
	// vocabulary.Default. A bureau adds its own with vocabulary.Load.
	Vocabulary *vocabulary.Vocabulary
	// ProrateSteps charges the part steps of a deduction rule in
	// proportion: "每低1个百分点扣0.1分" deducts 0.25 for 97.5%. By default
	// only whole steps are charged (0.2), as reviewers read such rules,
	// unless the rule says 按比例.
	ProrateSteps bool
}

func (o Options) maxFindings() int {
	switch {
	case o.MaxFindings == 0:
		return DefaultMaxFindings
	case o.MaxFindings < 0:
		return -1
	}
	return o.MaxFindings
}
