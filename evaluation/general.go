package evaluation

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// The general checks: rounding, formulas, figures that are not numbers or
// are missing. Other checks report them on their behalf.

var withinRounding = Check{
	Code: CodeWithinRounding, Severity: SeverityInfo,
	Title: present.Text{ZH: "合计在舍入误差范围内一致", EN: "consistent within rounding"},
	Doc: present.Text{
		ZH: "合计或比率与末位显示的数字不完全一致，但把每个数字看作它可能由之舍入而来的区间（末位 ±半个单位）后一致。与完全一致分开报告，从不是错误。",
		EN: "A sum or a rate does not agree to the last place shown, but it agrees once every figure is read as the interval of values it may have been rounded from (±half a unit in its last place). Told apart from an exact pass; never an error.",
	},
	Messages: []*present.Text{&msgSumWithin, &msgRateWithin, &msgRateScoreWithin, &msgSameWithin},
}

var computedFormula = Check{
	Code: CodeComputedFormula, Severity: SeverityInfo, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "公式无缓存值，已重新计算", EN: "formulas recomputed"},
	Doc: present.Text{
		ZH: "文件中的公式没有保存计算结果（如 openpyxl 或 excelize 写出的文件）。jixiao 先计算这些公式再核对；每张表报告一次，指向第一个这样的单元格，其余列为相关单元格。",
		EN: "The file holds formulas without their cached results (as files written by openpyxl or by excelize do). jixiao computed them before checking; the first such cell is named, the others are related.",
	},
	Messages: []*present.Text{&msgComputed},
	Run:      runComputedFormulas,
}

var msgComputed = present.Text{
	ZH: "本表有 {n} 个公式单元格没有保存计算结果（如由程序生成的文件），已由 jixiao 计算后再核对。",
	EN: "{n} formula cells on this sheet had no saved result (as in files written by a program); jixiao computed them before checking.",
}

// runComputedFormulas reports, once per sheet, the formulas whose values
// jixiao had to compute.
func runComputedFormulas(p *Pass) {
	for _, s := range p.Workbook.Sheets {
		var refs []xlsx.Ref
		for r := 1; r <= s.Rows(); r++ {
			for _, c := range s.Row(r) {
				if c.Computed {
					refs = append(refs, c.Ref)
				}
			}
		}
		if len(refs) == 0 {
			continue
		}
		p.Report(Diagnostic{At: refs[0], Related: refs[1:],
			Message: present.New(&msgComputed, present.S("n", strconv.Itoa(len(refs))))})
	}
}

var notANumber = Check{
	Code: CodeNotANumber, Severity: SeverityError,
	Title: present.Text{ZH: "应填数字处不是数字", EN: "not a number"},
	Doc: present.Text{
		ZH: "表中需要数字的单元格填写了文字或错误值（#DIV/0!、#REF!）。需要它的核对都已跳过，并在覆盖情况中说明。",
		EN: "A cell the form needs as a number holds text or an error value (#DIV/0!, #REF!). The checks that need it are skipped, and the form's coverage says so.",
	},
	Messages: []*present.Text{&msgNotANumber},
}

var msgNotANumber = present.Text{
	ZH: "{what}应为数字，实际填写为“{text}”，相关核对已跳过。",
	EN: "{what} should be a number but reads \"{text}\"; the checks that need it were skipped.",
}

var missingNumber = Check{
	Code: CodeMissingNumber, Severity: SeverityWarning,
	NeedsFilledForm: true,
	Title:           present.Text{ZH: "缺少数值", EN: "number missing"},
	Doc: present.Text{
		ZH: "表中需要数字的单元格为空或只填了占位符（—、/）。",
		EN: "A cell the form needs as a number is empty or holds a placeholder (—, /).",
	},
	Messages: []*present.Text{&msgMissingNumber},
}

var msgMissingNumber = present.Text{
	ZH: "{what}应填写数字，表中为空或为占位符。",
	EN: "{what} needs a number but is blank or a placeholder.",
}

// Why a check skipped a figure, for the form's coverage.
var (
	gapNotANumber  = present.Text{ZH: "{what}不是数字", EN: "{what} is not a number"}
	gapMissing     = present.Text{ZH: "{what}未填写", EN: "{what} is blank"}
	gapNotComputed = present.Text{ZH: "{what}的公式未计算（{why}）", EN: "the formula of {what} was not computed ({why})"}
)

// subjectOf names what a check is about, such as the figure it needs; it
// is called only when a message needs it, so that checks that pass build no
// sentence.
type subjectOf func() present.Message

// static is the subject of a fixed text.
func static(t *present.Text) subjectOf { return func() present.Message { return present.Plain(t) } }

// usable reports whether a figure can take part in the running check. A
// figure that holds text or an error value gets one JX003 finding, however
// many checks need it, and the check records the gap.
func (p *Pass) usable(f xlsx.Figure, what subjectOf) bool {
	switch f.State {
	case xlsx.Present:
		return true
	case xlsx.Invalid:
		w := what()
		if !p.st.invalid[f.Ref] {
			p.st.invalid[f.Ref] = true
			p.ReportAs(&notANumber, Diagnostic{At: f.Ref, Actual: f.Text,
				Message: present.New(&msgNotANumber, present.Q("what", w), present.S("text", quoted(f.Text)))})
		}
		p.Skip(present.New(&gapNotANumber, present.Q("what", w)), f.Ref)
	case xlsx.NotComputed:
		w := what()
		p.Skip(present.New(&gapNotComputed, present.Q("what", w), present.S("why", f.CalcReason(string(p.Lang)))), f.Ref)
	}
	return false
}

// usableAll reports whether every figure can take part in the running
// check, reporting those that hold text.
func (p *Pass) usableAll(what subjectOf, figs ...xlsx.Figure) bool {
	ok := true
	for _, f := range figs {
		if f.State == xlsx.Invalid {
			p.usable(f, what)
			ok = false
		}
	}
	return ok
}

// required is usable for a figure the form needs: blank or a placeholder
// gets one JX004 finding per cell.
func (p *Pass) required(f xlsx.Figure, what subjectOf) bool {
	if f.State == xlsx.Absent || f.State == xlsx.Placeholder {
		if f.Ref.IsZero() {
			return false
		}
		w := what()
		if !p.st.missing[f.Ref] {
			p.st.missing[f.Ref] = true
			p.ReportAs(&missingNumber, Diagnostic{At: f.Ref, Actual: f.Text, Message: present.New(&msgMissingNumber, present.Q("what", w))})
		}
		p.Skip(present.New(&gapMissing, present.Q("what", w)), f.Ref)
		return false
	}
	return p.usable(f, what)
}

// maxQuoted bounds the text of a cell quoted in a message, in characters.
const maxQuoted = 40

// quoted is a cell's text as a message quotes it: at most maxQuoted
// characters, the rest cut with "…".
func quoted(s string) string {
	n := 0
	for i := range s {
		if n == maxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// asWritten is the subject of a label as the workbook writes it, the same
// in both languages.
func asWritten(label string) subjectOf {
	return func() present.Message { return present.New(&textAsWritten, present.S("label", label)) }
}

var textAsWritten = present.Text{ZH: "{label}", EN: "{label}"}

// labelled is the subject of a template that names one label, {label}.
func labelled(t *present.Text, label string) subjectOf {
	return func() present.Message { return present.New(t, present.S("label", label)) }
}

var roundingSlip = Check{
	Code: CodeRoundingSlip, Severity: SeverityWarning,
	Title: present.Text{ZH: "末位舍入偏差", EN: "rounding slip in the last digit"},
	Doc: present.Text{
		ZH: "由其他数字算出的数（执行率、执行率得分、按评分标准算出的得分）与精确计算后按其显示位数四舍五入的结果在末位相差 1（如 86.18% 写成 86.19%，2.1548 写成 2.16）：这是进位、截尾或取整造成的舍入偏差，只作提示。相差超过末位 1 个单位的，仍按相应检查报告为错误。由 JX201、JX204、JX401 代为报告。",
		EN: "A value worked out from others (an 执行率, an 执行率 score, a score from a printed rule) is one unit off in its last shown digit from the exact value rounded to the places it shows (86.19% for 86.18%, 2.16 for 2.1548): a rounding slip from rounding up, truncating or flooring, a warning only. More than one unit off is still an error of the check concerned. JX201, JX204 and JX401 report it on their behalf.",
	},
	Messages: []*present.Text{&msgSlip},
}

var msgSlip = present.Text{
	ZH: "{what}为 {got}，按 {how} 精确计算并四舍五入应为 {want}，末位相差 1，属舍入偏差。",
	EN: "{what} reads {got}; computed exactly from {how} and rounded it is {want}, one unit off in the last digit: a rounding slip.",
}

// isSlip reports whether got is exactly one unit off want in the last of
// places decimals.
func isSlip(got, want decimal.Decimal, places int32) bool {
	return got.Sub(want).Abs().Equal(decimal.New(1, -places))
}

var formulaNotDone = Check{
	Code: CodeFormulaNotDone, Severity: SeverityWarning, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "公式未计算", EN: "formula not computed"},
	Doc: present.Text{
		ZH: "文件中的公式没有保存计算结果，而 jixiao 没有计算它：公式用了 jixiao 不计算的函数或写法（只计算加减乘除、比较和 SUM、ROUND、IF 等少数函数），或计算会超出每个工作簿的计算预算（引用的单元格数、嵌套深度）。需要这些单元格的核对已跳过，并在覆盖情况中说明。请在 Excel 或 WPS 中打开并保存文件，使公式结果一并保存。每张表报告一次，指向第一个这样的单元格，其余列为相关单元格。",
		EN: "The file holds formulas without their saved results that jixiao did not compute: they use a function or a syntax jixiao does not compute (it computes arithmetic, comparisons and a few functions such as SUM, ROUND and IF), or computing them would pass the workbook's calculation budget (cells referred to, nesting depth). The checks that need those cells are skipped, and the form's coverage says so. Opening the file in Excel or WPS and saving it saves the results. One finding per sheet, on the first such cell, the others related.",
	},
	Messages: []*present.Text{&msgFormulaNotDone},
	Run:      func(p *Pass) { p.reportUncalculated(false) },
}

var formulaCycle = Check{
	Code: CodeFormulaCycle, Severity: SeverityError, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "公式循环引用", EN: "circular reference"},
	Doc: present.Text{
		ZH: "公式直接或经由其他公式引用了自身（循环引用），没有确定的结果。Excel 会把它显示为 0，jixiao 不会：请改正公式。每张表报告一次，指向第一个这样的单元格，其余列为相关单元格。",
		EN: "A formula refers to itself, directly or through other formulas (a circular reference), and has no result. Excel shows 0 for it; jixiao does not: the formula must be corrected. One finding per sheet, on the first such cell, the others related.",
	},
	Messages: []*present.Text{&msgFormulaCycle},
	Run:      func(p *Pass) { p.reportUncalculated(true) },
}

var (
	msgFormulaNotDone = present.Text{
		ZH: "本表有 {n} 个公式单元格没有保存计算结果，jixiao 也未计算（{why}），需要它们的核对已跳过；请在 Excel 或 WPS 中打开并保存后重新提交。",
		EN: "{n} formula cells on this sheet have no saved result and were not computed by jixiao ({why}); the checks that need them were skipped. Open and save the file in Excel or WPS and submit it again.",
	}
	msgFormulaCycle = present.Text{
		ZH: "本表有 {n} 个公式单元格循环引用（公式直接或间接引用了自身），没有确定的结果，请改正公式。",
		EN: "{n} formula cells on this sheet refer to themselves, directly or through others (a circular reference), and have no result; the formulas must be corrected.",
	}
)

// reportUncalculated reports, once per sheet, the formulas jixiao did not
// compute: those in a circular reference, or the others.
func (p *Pass) reportUncalculated(cycles bool) {
	for _, s := range p.Workbook.Sheets {
		var refs []xlsx.Ref
		var first *xlsx.Cell
		for r := 1; r <= s.Rows(); r++ {
			row := s.Row(r)
			for i := range row {
				c := &row[i]
				if c.Kind != xlsx.Uncalculated || (c.CalcFailure == xlsx.CalcCycle) != cycles || !c.IsMergeOrigin() {
					continue
				}
				if first == nil {
					first = c
				}
				refs = append(refs, c.Ref)
			}
		}
		if len(refs) == 0 {
			continue
		}
		tpl := &msgFormulaNotDone
		if cycles {
			tpl = &msgFormulaCycle
		}
		p.Report(Diagnostic{At: refs[0], Related: refs[1:],
			Message: present.New(tpl, present.S("n", strconv.Itoa(len(refs))), present.S("why", first.CalcReason(string(p.Lang))))})
	}
}
