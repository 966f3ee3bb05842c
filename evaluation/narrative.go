package evaluation

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// The narrative report checked against itself and against the workbook
// (表文一致). The checks run when a report is given (EvaluateWithReport);
// their findings carry Source "report", the paragraph and the sentence.

var reportSum = Check{
	Code: CodeReportSum, Severity: SeverityError, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "报告中分项之和与合计不符", EN: "report: parts do not add up"},
	Doc: present.Text{
		ZH: "报告中一个金额后括号内列出的各项（如基本支出后的工资福利支出、商品和服务支出、对个人和家庭的补助支出）之和应等于该金额，按各数所写的位数判断舍入。若与表格对照只有一项不符、按表格改正后即可相符，发现指向表格中的那个单元格，并给出应写的数。",
		EN: "The amounts a report lists in brackets after an amount (the classes of 基本支出) must add up to it, judged at the places each is written with. When, against the workbook, one part alone disagrees and the workbook's figure would make the sum foot, the finding names that cell and the figure to write.",
	},
	Messages: []*present.Text{&msgReportSum, &msgReportCulprit},
	Run:      runReportSums,
}

var reportNatures = Check{
	Code: CodeReportNatures, Severity: SeverityError, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "报告中基本支出与项目支出之和不等于支出合计", EN: "report: 基本支出 + 项目支出 ≠ total"},
	Doc: present.Text{
		ZH: "报告所述基本支出与项目支出之和，应等于报告所述的支出合计。",
		EN: "The 基本支出 and 项目支出 a report states must add up to the total spending it states.",
	},
	Messages: []*present.Text{&msgReportNatures},
	Run:      runReportNatures,
}

var reportRate = Check{
	Code: CodeReportRate, Severity: SeverityError, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "报告中的支出率与金额不符", EN: "report: a rate does not follow from its amounts"},
	Doc: present.Text{
		ZH: "报告所述的总支出率（预算完成率、执行率）应等于报告所述支出除以预算金额，按百分比所写的位数判断。",
		EN: "The rate a report states for the whole (总支出率, 预算完成率, 执行率) must be the spending it states over the budget it states, at the places the percentage shows.",
	},
	Messages: []*present.Text{&msgReportRate},
	Run:      runReportRates,
}

var reportWorkbook = Check{
	Code: CodeReportWorkbook, Severity: SeverityError, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "报告与表格不一致", EN: "report and workbook disagree"},
	Doc: present.Text{
		ZH: "报告中的每个数字与表格中对应的单元格对照：预算金额与年度资金总额的全年预算数，支出与全年执行数，基本支出、项目支出及其分项与资金表和支出经济分类表，总支出率和财政拨款预算完成率与执行率，自评得分与总分，一级指标得分与其小计，一级、二级、三级指标个数与指标表，评价等级与等级。按两边所写的位数判断舍入。找不到对应单元格的数字列入报告的核对情况。",
		EN: "Each figure of a report is compared with the cell that holds it: 预算金额 with the 年度资金总额 line's 全年预算数, spending with its 全年执行数, 基本支出 and 项目支出 and their classes with the fund block and the economic classification, 总支出率 and 财政拨款预算完成率 with the rates, 自评得分 with the total score, each 一级 sub-score with its subtotal, the counts of 一级, 二级 and 三级 indicators with the table, and the grade with the grade; at the places each side shows. Figures with no cell to compare are listed in the report's coverage.",
	},
	Messages: []*present.Text{&msgReportWorkbook},
	Run:      runReportAgainstWorkbook,
}

var (
	msgReportSum = present.Text{
		ZH: "报告第 {para} 段：“{label}”{stated}，括号内各项之和为 {sum}（{parts}），相差 {diff}。",
		EN: "report paragraph {para}: {label} is {stated}, but the parts in brackets add up to {sum} ({parts}), {diff} apart.",
	}
	msgReportCulprit = present.Text{
		ZH: "与表格对照，“{part}”{partStated}应为 {want}（{cell}），改正后各项之和与合计相符。",
		EN: "Against the workbook, {part} {partStated} should read {want} ({cell}); then the parts add up.",
	}
	msgReportNatures = present.Text{
		ZH: "报告第 {para} 段：基本支出 {basic} 与项目支出 {project} 之和为 {sum}，与报告所述支出合计 {total} 不符。",
		EN: "report paragraph {para}: 基本支出 {basic} and 项目支出 {project} add up to {sum}, not the total {total} the report states.",
	}
	msgReportRate = present.Text{
		ZH: "报告第 {para} 段：“{label}”为 {stated}，按报告所述支出 {spent} 与预算 {budget} 应为 {want}。",
		EN: "report paragraph {para}: {label} reads {stated}; the spending {spent} over the budget {budget} the report states gives {want}.",
	}
	msgReportWorkbook = present.Text{
		ZH: "报告第 {para} 段：“{label}”为 {stated}，与表中 {cell} 的 {value} 不符。",
		EN: "report paragraph {para}: {label} reads {stated}, but {cell} holds {value}.",
	}
	twoSentences = present.Text{ZH: "{a}{b}", EN: "{a} {b}"}
)

// NarrativeCoverage says what was read of a narrative report and what of
// it could be compared.
type NarrativeCoverage struct {
	File string `json:"file"`
	// Paragraphs and Figures count what was read: the report's paragraphs
	// and the figures found in them (parts in brackets included).
	Paragraphs int `json:"paragraphs"`
	Figures    int `json:"figures"`
	// Compared counts the figures compared with a cell of the workbook.
	Compared int `json:"compared"`
	// Unmatched are the figures with no cell to compare, as "第 N 段：label
	// value".
	Unmatched []string `json:"unmatched"`
}

// reportState is the report of a check with its figures, read once.
type reportState struct {
	doc      *narrative.Document
	subject  narrative.Subject // a department's report, or one project's
	figures  []narrative.Figure
	folded   map[*narrative.Figure]bool // parts whose disagreement a JX501 finding names
	coverage *NarrativeCoverage
}

func newReportState(doc *narrative.Document) *reportState {
	rs := &reportState{doc: doc, subject: doc.Subject(), figures: narrative.Extract(doc), folded: map[*narrative.Figure]bool{}}
	rs.coverage = &NarrativeCoverage{File: doc.Name, Paragraphs: len(doc.Paragraphs), Unmatched: []string{}}
	for _, f := range rs.figures {
		rs.coverage.Figures += 1 + len(f.Parts)
	}
	return rs
}

// reportArgs are the arguments every report sentence may use.
func reportArgs(f *narrative.Figure) []present.Arg {
	return []present.Arg{present.S("para", strconv.Itoa(f.Paragraph)), present.S("label", f.Label), present.S("stated", f.Text)}
}

// figureOperand is a report figure as an operand: the number at the places
// it is written with (a count exactly).
func figureOperand(f *narrative.Figure) operand {
	places := f.Places
	if f.Unit == "元" {
		places += 4
	}
	return operand{val: num.NewShown(f.Value, places), exact: f.Kind == narrative.Count}
}

// runReportSums checks each amount against the parts in brackets after it.
func runReportSums(p *Pass) {
	rs := p.st.narrative
	if rs == nil {
		p.Inapplicable()
		return
	}
	dept := p.formOf(KindDepartment)
	for i := range rs.figures {
		f := &rs.figures[i]
		if len(f.Parts) < 2 {
			continue
		}
		total := figureOperand(f)
		parts := make([]operand, len(f.Parts))
		texts := make([]string, len(f.Parts))
		for j := range f.Parts {
			parts[j], texts[j] = figureOperand(&f.Parts[j]), f.Parts[j].Text
		}
		if total.interval().Meets(intervalOf(parts)) {
			continue
		}
		sum, places := sumOf(parts)
		places = max(places, total.val.Places)
		d := Diagnostic{Expected: fixed(sum, places), Actual: fixed(total.val.Value, places), Paragraph: f.Paragraph, Quote: f.Sentence}
		d.Message = present.New(&msgReportSum, append(reportArgs(f), present.S("sum", fixed(sum, places)+"万元"),
			present.S("parts", strings.Join(texts, " + ")), present.S("diff", fixed(total.val.Value.Sub(sum).Abs(), places)))...)
		if j, cell, want, ok := p.culprit(dept, f, total, parts); ok {
			part := &f.Parts[j]
			rs.folded[part] = true
			d.At, d.Related = cell.ref, []xlsx.Ref{}
			d.Message = present.New(&twoSentences, present.M("a", d.Message), present.M("b", present.New(&msgReportCulprit,
				present.S("part", part.Label), present.S("partStated", part.Text), present.S("want", want), present.S("cell", cell.ref.String()))))
		}
		p.Report(d)
	}
}

// culprit finds the one part of a failed sum that disagrees with the
// workbook's economic classification and whose workbook figure makes the
// sum foot: its index, its cell as an operand in 万元, and the figure.
func (p *Pass) culprit(dept *FormData, f *narrative.Figure, total operand, parts []operand) (int, operand, string, bool) {
	if dept == nil || dept.Matrix == nil || f.Kind != narrative.Line {
		return 0, operand{}, "", false
	}
	found, at := -1, operand{}
	for j := range f.Parts {
		cell, ok := matrixCell(dept, budget.Line(f.Term), budget.Class(f.Parts[j].Term))
		if !ok || cell.interval().Meets(parts[j].interval()) {
			continue
		}
		if found >= 0 {
			return 0, operand{}, "", false // two parts disagree: no one figure explains it
		}
		found, at = j, cell
	}
	if found < 0 {
		return 0, operand{}, "", false
	}
	mended := append([]operand(nil), parts...)
	mended[found] = at
	if !total.interval().Meets(intervalOf(mended)) {
		return 0, operand{}, "", false
	}
	return found, at, at.val.String() + "万元", true
}

// runReportNatures checks 基本支出 + 项目支出 against the total the report
// states.
func runReportNatures(p *Pass) {
	rs := p.st.narrative
	if rs == nil {
		p.Inapplicable()
		return
	}
	basic, project, total := rs.first(narrative.Line, "basic"), rs.first(narrative.Line, "project"), rs.first(narrative.Spent, "total")
	if basic == nil || project == nil || total == nil || rs.subject == narrative.SubjectProject {
		return
	}
	parts := []operand{figureOperand(basic), figureOperand(project)}
	t := figureOperand(total)
	if t.interval().Meets(intervalOf(parts)) {
		return
	}
	sum, places := sumOf(parts)
	places = max(places, t.val.Places)
	p.Report(Diagnostic{Expected: fixed(sum, places), Actual: fixed(t.val.Value, places), Paragraph: total.Paragraph, Quote: total.Sentence,
		Message: present.New(&msgReportNatures, present.S("para", strconv.Itoa(total.Paragraph)), present.S("basic", basic.Text),
			present.S("project", project.Text), present.S("sum", fixed(sum, places)+"万元"), present.S("total", total.Text))})
}

// runReportRates checks the rate of the whole against the report's own
// spending and budget.
func runReportRates(p *Pass) {
	rs := p.st.narrative
	if rs == nil {
		p.Inapplicable()
		return
	}
	r, spent, bud := rs.first(narrative.Rate, "total"), rs.first(narrative.Spent, "total"), rs.first(narrative.Budget, "total")
	if r == nil || spent == nil || bud == nil || bud.Value.Sign() <= 0 {
		return
	}
	ratio, ok := figureOperand(spent).interval().Div(figureOperand(bud).interval(), num.RatioPlaces)
	stated := figureOperand(r)
	if !ok || ratio.Meets(stated.interval()) {
		return
	}
	want, _ := num.Ratio(spent.Value, bud.Value, r.Places)
	p.Report(Diagnostic{Expected: fixed(want, r.Places), Actual: fixed(r.Value, r.Places), Paragraph: r.Paragraph, Quote: r.Sentence,
		Message: present.New(&msgReportRate, append(reportArgs(r), present.S("spent", spent.Text), present.S("budget", bud.Text),
			present.S("want", percent(want, r.Places)))...)})
}

// first is the first figure of a kind and term.
func (rs *reportState) first(k narrative.Kind, term string) *narrative.Figure {
	for i := range rs.figures {
		if rs.figures[i].Kind == k && rs.figures[i].Term == term {
			return &rs.figures[i]
		}
	}
	return nil
}

// runReportAgainstWorkbook compares each figure with the cell that holds it.
func runReportAgainstWorkbook(p *Pass) {
	rs := p.st.narrative
	if rs == nil {
		p.Inapplicable()
		return
	}
	for i := range rs.figures {
		f := &rs.figures[i]
		p.compareFigure(f)
		for j := range f.Parts {
			if !rs.folded[&f.Parts[j]] {
				p.compareFigureOf(f, &f.Parts[j])
			}
		}
	}
}

func (p *Pass) compareFigure(f *narrative.Figure) { p.compareFigureOf(nil, f) }

// compareFigureOf compares a figure (a part of whole, when whole is not
// nil) with its cell, and counts it in the report's coverage.
func (p *Pass) compareFigureOf(whole, f *narrative.Figure) {
	rs := p.st.narrative
	cell, text, ok := p.cellOf(whole, f)
	if !ok {
		rs.coverage.Unmatched = append(rs.coverage.Unmatched, present.New(&unmatchedFigure,
			present.S("para", strconv.Itoa(f.Paragraph)), present.S("label", f.Label), present.S("stated", f.Text)).In(p.Lang))
		return
	}
	rs.coverage.Compared++
	if f.Kind == narrative.Grade {
		if text == f.Term {
			return
		}
	} else if figureOperand(f).interval().Meets(cell.interval()) {
		return
	}
	value := text
	if value == "" {
		value = cell.val.String()
	}
	p.Report(Diagnostic{At: cell.ref, Expected: value, Actual: figureValue(f), Paragraph: f.Paragraph, Quote: f.Sentence,
		Message: present.New(&msgReportWorkbook, append(reportArgs(f), present.S("cell", cell.ref.String()), present.S("value", value))...)})
}

// figureValue is a figure's value as a finding's Actual: a grade as its
// grade, a rate as its fraction, any other number in its own unit at the
// places written.
func figureValue(f *narrative.Figure) string {
	switch {
	case f.Kind == narrative.Grade:
		return f.Term
	case f.Unit == "元":
		return fixed(f.Value.Shift(4), f.Places)
	case f.Unit == "亿元":
		return fixed(f.Value.Shift(-4), f.Places)
	}
	return fixed(f.Value, f.Places)
}

var unmatchedFigure = present.Text{ZH: "第 {para} 段：{label} {stated}", EN: "paragraph {para}: {label} {stated}"}

// maxQuoteRunes bounds the sentence a report finding quotes.
const maxQuoteRunes = 80

// quote truncates a sentence for a finding.
func quote(s string) string {
	if utf8.RuneCountInString(s) <= maxQuoteRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxQuoteRunes]) + "…"
}
