package present

import "strconv"

// The labels of the severities, as every output shows them.
var (
	severityError   = Text{"错误", "Error"}
	severityWarning = Text{"警告", "Warning"}
	severityInfo    = Text{"提示", "Info"}
)

// Severity is the label of a severity ("error", "warning", "info"): 错误,
// 警告, 提示. Anything else reads as info.
func Severity(l Lang, severity string) string {
	switch severity {
	case "error":
		return severityError.In(l)
	case "warning":
		return severityWarning.In(l)
	}
	return severityInfo.In(l)
}

var (
	verdictValid   = Text{"通过", "valid"}
	verdictInvalid = Text{"不通过", "invalid"}
	verdictBlank   = Text{"未填写", "blank"}
)

// Outcome is what a report comes to.
type Outcome uint8

// The outcomes of a report.
const (
	// OutcomeValid: no error.
	OutcomeValid Outcome = iota
	// OutcomeInvalid: at least one error.
	OutcomeInvalid
	// OutcomeBlank: no error, but every form is blank, so nothing was
	// checked and the workbook does not pass.
	OutcomeBlank
)

// Verdict is 通过 for a valid workbook, 不通过 for one with errors and 未填写
// for one whose forms are all blank.
func Verdict(l Lang, o Outcome) string {
	switch o {
	case OutcomeValid:
		return verdictValid.In(l)
	case OutcomeBlank:
		return verdictBlank.In(l)
	}
	return verdictInvalid.In(l)
}

var verdictCounts = Text{ZH: "{verdict}（{counts}）", EN: "{verdict} ({counts})"}

// VerdictCounts is the verdict with the counts of findings: "不通过（错误 2，
// 警告 0，提示 0）".
func VerdictCounts(l Lang, o Outcome, errors, warnings, infos int) string {
	return New(&verdictCounts, S("verdict", Verdict(l, o)), S("counts", Counts(l, errors, warnings, infos))).In(l)
}

var counts = Text{"错误 {e}，警告 {w}，提示 {i}", "errors {e}, warnings {w}, notes {i}"}

// Counts says how many findings of each severity a report has: "错误 2，警告
// 0，提示 0".
func Counts(l Lang, errors, warnings, infos int) string {
	return New(&counts, S("e", strconv.Itoa(errors)), S("w", strconv.Itoa(warnings)), S("i", strconv.Itoa(infos))).In(l)
}

var fix = Text{"建议将 {cell} 改为 {value}。", "Fix: set {cell} to {value}."}

// Fix is the sentence that offers a fix: "建议将 D16 改为 14.74。".
func Fix(l Lang, cell, value string) string {
	return New(&fix, S("cell", cell), S("value", value)).In(l)
}

var fixHere = Text{"建议将本单元格改为 {value}，可消除 {mends} 处的问题。", "Suggested fix: set this cell to {value}; it mends {mends}."}

// FixHere is the note on the cell a fix names, when the findings it mends
// are on other cells: mends lists them ("JX103 B16").
func FixHere(l Lang, value string, mends []string) string {
	sep := "、"
	if l == EN {
		sep = ", "
	}
	list := ""
	for i, m := range mends {
		if i > 0 {
			list += sep
		}
		list += m
	}
	return New(&fixHere, S("value", value), S("mends", list)).In(l)
}

var (
	expectedFound = Text{"应为 {expected}，表中为 {actual}。", "Expected {expected}, found {actual}."}
	expectedOnly  = Text{"应为 {expected}。", "Expected {expected}."}
	foundOnly     = Text{"表中为 {actual}。", "Found {actual}."}
)

// ExpectedFound says what was expected and what was found, either of which
// may be empty; "" when both are.
func ExpectedFound(l Lang, expected, actual string) string {
	switch {
	case expected != "" && actual != "":
		return New(&expectedFound, S("expected", expected), S("actual", actual)).In(l)
	case expected != "":
		return New(&expectedOnly, S("expected", expected)).In(l)
	case actual != "":
		return New(&foundOnly, S("actual", actual)).In(l)
	}
	return ""
}

// Partial says that a report lists only some of its findings.
var Partial = Text{"（发现过多，仅列出部分）", "(too many findings; the list is partial)"}

// NothingFound is what a report without findings says in a table.
var NothingFound = Text{"未发现问题。", "Nothing found."}

var reportParagraph = Text{ZH: "自评报告第 {n} 段", EN: "report paragraph {n}"}

// ReportParagraph is where a finding about the narrative report stands when
// it names no cell: "自评报告第 11 段".
func ReportParagraph(l Lang, n int) string {
	return New(&reportParagraph, S("n", strconv.Itoa(n))).In(l)
}
