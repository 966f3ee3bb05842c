package evaluation

import (
	"cmp"
	"slices"
)

// Severity ranks a finding.
type Severity string

// The severities. Only errors make a workbook invalid.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Finding is one thing the checker has to say about a workbook.
type Finding struct {
	// Code is the stable code of the rule, such as "JX103".
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
	// when the rule has no single expected value.
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	// Message explains the finding in the language of Options.Language.
	Message string `json:"message"`
	// Fix is the value that would mend the finding, when one cell explains it.
	Fix *Fix `json:"fix"`

	// order of the sheet in the workbook, for sorting
	sheetIndex int
	row, col   int
}

// Fix is a suggested correction: type Value into Cell.
type Fix struct {
	// Cell is in A1 form; on a sheet other than the finding's it reads
	// "Sheet!A1".
	Cell  string `json:"cell"`
	Value string `json:"value"`
}

// sortFindings orders findings by sheet, row, column, code and message, so
// that reports are stable whatever order the rules ran in.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.sheetIndex, b.sheetIndex),
			cmp.Compare(a.row, b.row),
			cmp.Compare(a.col, b.col),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Message, b.Message),
		)
	})
}
