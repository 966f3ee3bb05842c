package evaluation

import (
	"github.com/jixiao-go/jixiao/present"
	"github.com/shopspring/decimal"
)

// Report is the verdict on one workbook.
type Report struct {
	// Schema names the version of this shape, SchemaVersion: a field is
	// added within a version, never renamed or removed.
	Schema string `json:"schema"`
	// File is the name the workbook was given as.
	File string `json:"file"`
	// Valid is true when there is no error finding and not every form is
	// blank.
	Valid bool `json:"valid"`
	// Blank is true when every form is blank (JX010): nothing was filled in,
	// so nothing was checked, and the workbook is not valid though it has
	// no error.
	Blank bool `json:"blank,omitempty"`
	// Producer is the application that saved the file, when it says.
	Producer string `json:"producer,omitempty"`
	// Forms are the recognised forms, in sheet order.
	Forms []Form `json:"forms"`
	// Findings are in a stable order: by sheet, row, column and code.
	Findings []Finding `json:"findings"`
	// Partial is true when more findings were found than Options.MaxFindings
	// allowed; the rest were dropped (errors first kept).
	Partial bool `json:"partial"`
	// Narrative says what was read of the narrative report checked with
	// the workbook, and what of it could be compared; nil without one.
	Narrative *NarrativeCoverage `json:"narrative,omitempty"`
}

// SchemaVersion is the version of the JSON shape of a Report, documented
// by the JSON Schema docs/report.schema.json.
const SchemaVersion = "jixiao/v1"

// Outcome is what the report comes to: valid, invalid, or blank.
func (r *Report) Outcome() present.Outcome {
	switch {
	case r.Blank:
		return present.OutcomeBlank
	case r.Valid:
		return present.OutcomeValid
	}
	return present.OutcomeInvalid
}

// Form is one recognised form with its score and grade.
type Form struct {
	Sheet string   `json:"sheet"`
	Kind  FormKind `json:"kind"`
	// Blank is true when nothing on the form was filled in (JX010): it has
	// no Score and no Grade.
	Blank bool `json:"blank,omitempty"`
	// Score is the declared total score as shown ("96.95"), or the computed
	// one when the form declares none; nil for a form without scores.
	Score *string `json:"score"`
	// Grade is the declared grade (优, 良, 中, 差), or the computed one when
	// the form declares none; nil for a form without scores.
	Grade *string `json:"grade"`
	// ComputedScore is the sum of the scores, rounded to 2 places;
	// ComputedGrade is the grade it earns.
	ComputedScore *string `json:"computed_score"`
	ComputedGrade *string `json:"computed_grade"`
	// Subscores are the 一级 groups' scores.
	Subscores []Subscore `json:"subscores,omitempty"`
	// Recomputed counts the 三级 rows whose scores were recomputed from
	// their rules; nil for a form without indicators.
	Recomputed *Coverage `json:"recomputed,omitempty"`
	// Coverage lists the checks that ran on the form and what they could
	// not check, and why.
	Coverage *FormCoverage `json:"coverage,omitempty"`
}

// Coverage says how many 三级 scores were recomputed from their 评分标准 and
// how they came out. Total = Matched + Differs + Manual + Unreadable +
// Unusable.
type Coverage struct {
	Total int `json:"total"`
	// Matched: recomputed and equal to the declared score (within rounding).
	Matched int `json:"matched"`
	// Differs: recomputed and different (JX401, JX402).
	Differs int `json:"differs"`
	// Manual: the rule needs a person's count or judgement.
	Manual int `json:"manual"`
	// Unreadable: no rule, or one jixiao cannot read (JX404).
	Unreadable int `json:"unreadable"`
	// Unusable: the rule is readable but the target or actual is missing,
	// text, or in another unit (JX403), or the declared score is missing.
	Unusable int `json:"unusable"`
}

// Subscore is the score of one 一级 group.
type Subscore struct {
	Name string `json:"name"`
	// Weight is the group's weight, Score the sum of its scores, Declared
	// the subtotal the sheet states, if any.
	Weight   string  `json:"weight"`
	Score    string  `json:"score"`
	Declared *string `json:"declared,omitempty"`
}

// ScoreDecimal returns Score as a decimal.
func (f Form) ScoreDecimal() (decimal.Decimal, bool) {
	if f.Score == nil {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(*f.Score)
	return d, err == nil
}

// Errors returns the error findings.
func (r *Report) Errors() []Finding { return r.bySeverity(SeverityError) }

// Warnings returns the warning findings.
func (r *Report) Warnings() []Finding { return r.bySeverity(SeverityWarning) }

func (r *Report) bySeverity(s Severity) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Severity == s {
			out = append(out, f)
		}
	}
	return out
}

// Form returns the first form on the named sheet, or nil.
func (r *Report) Form(sheet string) *Form {
	for i := range r.Forms {
		if r.Forms[i].Sheet == sheet {
			return &r.Forms[i]
		}
	}
	return nil
}
