package evaluation

import (
	"cmp"
	"slices"
	"strings"

	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Finding is one thing the checker has to say about a workbook. Its cells
// are given as text, as the JSON report and a person read them ("B16"); the
// positions behind them are kept too (Ref, RelatedRefs, FixRef), so that a
// program such as the annotator never parses them back.
type Finding struct {
	// Code is the stable code of the check, such as "JX103".
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	// Sheet is the sheet the cells are on.
	Sheet string `json:"sheet"`
	// Cell is the primary cell, in A1 form on Sheet ("B16").
	Cell string `json:"cell"`
	// Related are the other cells involved on Sheet, such as every part of a
	// failed sum, in A1 form.
	Related []string `json:"related"`
	// RelatedElsewhere are cells involved on other sheets, as "Sheet!A1"
	// (the project sheets behind a cross-sheet total).
	RelatedElsewhere []string `json:"related_elsewhere,omitempty"`
	// Expected and Actual are decimal strings with the places shown, or ""
	// when the check has no single expected value.
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	// ExpectedValue and ActualValue are the decimals behind Expected and
	// Actual when those show a percentage, as the finding's cell does
	// ("85.11%" is 0.8511); "" otherwise.
	ExpectedValue string `json:"expected_value,omitempty"`
	ActualValue   string `json:"actual_value,omitempty"`
	// Message explains the finding in the language of Options.Language.
	Message string `json:"message"`
	// Fix is the value that would mend the finding, when one cell explains it.
	Fix *Fix `json:"fix"`
	// Source is "report" for a finding about the narrative report, with
	// the paragraph's number (from 1) and its sentence, truncated; Sheet
	// and Cell then name the cell it disagrees with, if any.
	Source    string `json:"source,omitempty"`
	Paragraph int    `json:"paragraph,omitempty"`
	Quote     string `json:"quote,omitempty"`

	at      xlsx.Ref
	related []xlsx.Ref
	fixAt   xlsx.Ref
	// fixNumber is the value of the fix as a number, when fixNumeric.
	fixNumber  num.Shown
	fixNumeric bool
	pair       bool // the finding compares two cells (checkSame)
	sum        bool // the finding is a total that does not add up (checkSum)
	sheetIndex int  // the sheet's place in the workbook, for sorting
}

// SourceReport is the Source of a finding about the narrative report.
const SourceReport = "report"

// Ref is the position of the finding's cell. It is zero for a finding
// that was not made by a Checker, such as one decoded from JSON.
func (f *Finding) Ref() xlsx.Ref { return f.at }

// FixRef is the position of the cell the fix names; zero when there is no
// fix, or for a finding that was not made by a Checker.
func (f *Finding) FixRef() xlsx.Ref { return f.fixAt }

// RelatedRefs are the positions of the related cells, on Sheet and
// elsewhere, in the order the check gave them; nil for a finding that was
// not made by a Checker.
func (f *Finding) RelatedRefs() []xlsx.Ref { return f.related }

// Fix is a suggested correction: type Value into Cell. Finding.FixRef is
// the cell's position.
type Fix struct {
	// Cell is in A1 form; on a sheet other than the finding's it reads
	// "Sheet!A1".
	Cell  string `json:"cell"`
	Value string `json:"value"`
	// Then are the cells that change in turn once Cell is corrected: the
	// totals that include it and the grade, in the order they follow.
	Then []FixStep `json:"then,omitempty"`
}

// FixStep is a further cell a fix changes: type Value into Cell.
type FixStep struct {
	Cell  string `json:"cell"`
	Value string `json:"value"`
}

// newFinding makes the finding of a check at a cell, its cells written out
// as text from their positions.
func newFinding(c *Check, d Diagnostic, message string, sheetIndex int) Finding {
	f := Finding{
		Code:       c.Code,
		Severity:   c.Severity,
		Sheet:      d.At.Sheet,
		Cell:       d.At.A1(),
		Expected:   d.Expected,
		Actual:     d.Actual,
		Message:    message,
		at:         d.At,
		sheetIndex: sheetIndex,
	}
	if d.Paragraph > 0 {
		f.Source, f.Paragraph, f.Quote = SourceReport, d.Paragraph, quote(d.Quote)
	}
	if d.At.IsZero() {
		f.Sheet, f.Cell = "", "" // a finding of the report alone
	}
	f.Related, f.RelatedElsewhere = relatedRefs(d.At.Sheet, d.Related)
	for _, r := range d.Related {
		if !r.IsZero() {
			f.related = append(f.related, r)
		}
	}
	return f
}

// relatedRefs splits related cells into those on the finding's sheet, in A1
// form, and those elsewhere, as "Sheet!A1".
func relatedRefs(sheet string, refs []xlsx.Ref) (here, elsewhere []string) {
	here = make([]string, 0, len(refs))
	for _, r := range refs {
		switch {
		case r.IsZero():
		case r.Sheet == sheet:
			here = append(here, r.A1())
		default:
			elsewhere = append(elsewhere, r.String())
		}
	}
	return here, elsewhere
}

// setFix attaches the fix "type value into at" to the finding. A number
// for a cell that shows a percentage is a fraction (0.8511) and is shown as
// the percentage a person types (85.11%).
func (f *Finding) setFix(at xlsx.Ref, value string, percentCell bool) {
	cell := at.A1()
	if at.Sheet != f.Sheet {
		cell = at.String()
	}
	f.fixNumber, f.fixNumeric = num.Shown{}, false
	if v, ok := plainNumber(value); ok {
		f.fixNumber, f.fixNumeric = v, true
		if percentCell {
			value = percent(v.Value, v.Places)
		}
	}
	f.Fix, f.fixAt = &Fix{Cell: cell, Value: value}, at
}

// dropFix removes the finding's fix.
func (f *Finding) dropFix() {
	f.Fix, f.fixAt, f.fixNumber, f.fixNumeric = nil, xlsx.Ref{}, num.Shown{}, false
}

// sortFindings orders findings by sheet, row, column, code and message, so
// that reports are stable whatever order the checks ran in.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.sheetIndex, b.sheetIndex),
			cmp.Compare(a.at.Row, b.at.Row),
			cmp.Compare(a.at.Col, b.at.Col),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// plainNumber reads a decimal literal such as "14.74" or "-0.5", keeping
// the places as written; anything else (a grade, a percentage) is not one.
func plainNumber(s string) (num.Shown, bool) {
	v, err := num.ParseRaw(s)
	if err != nil {
		return num.Shown{}, false
	}
	v.Places = decimalsWritten(s)
	return v, true
}

// decimalsWritten counts the digits after the point of a literal.
func decimalsWritten(s string) int32 {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return int32(len(s) - i - 1)
	}
	return 0
}
