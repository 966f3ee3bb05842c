package evaluation

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// SummarySheetName is the name of the sheet Annotate puts in front of the
// others (in Chinese; "Check results" with Options.Language "en").
const SummarySheetName = "核查结果"

// Annotate checks the workbook at src and writes to dst a copy of it that
// shows the findings where they are:
//
//   - each finding becomes a comment on its cell (several on one cell make
//     one comment): severity, code and title, the message, what was
//     expected and found, and the suggested fix ("建议将 D16 改为 14.74。");
//   - error cells are filled light red, warning cells light yellow; info
//     findings get their comment but no fill, since they need no change;
//   - the cell a fix names, when it is not the finding's own, gets a comment
//     too ("建议将本单元格改为 14.74 …") and the fill of the findings it
//     mends: it is the cell to change;
//   - a first sheet, 核查结果, holds the file, the verdict, each form's
//     sheet, kind, score and grade, and a table of every finding (sheet,
//     cell as a link to it, severity, code, expected, actual, message, fix).
//
// Messages follow opts.Language; opts.Disable and opts.MaxFindings apply as
// in Evaluate. src is opened read-only and never written; dst must not name
// it (xlsx.ErrSameFile), and it is replaced only once written in full (see
// xlsx.AnnotateFile). The report is returned even when writing fails, with
// the error, so that the verdict is not lost.
func Annotate(ctx context.Context, src, dst string, opts Options) (*Report, error) {
	rep, err := Evaluate(ctx, src, opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	return rep, xlsx.AnnotateFile(src, dst, opts.Limits, annotationNotes(rep, (present.Of(opts.Language) == present.EN)), summarySheet(rep, (present.Of(opts.Language) == present.EN)))
}

// AnnotateTo is Annotate for a workbook of the given size held in r, such as
// an upload; the annotated copy is written to w, and name is used in the
// report and in errors.
func AnnotateTo(ctx context.Context, w io.Writer, r io.ReaderAt, size int64, name string, opts Options) (*Report, error) {
	rep, err := EvaluateReaderAt(ctx, r, size, name, opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	return rep, xlsx.WriteAnnotated(w, r, size, name, opts.Limits, annotationNotes(rep, (present.Of(opts.Language) == present.EN)), summarySheet(rep, (present.Of(opts.Language) == present.EN)))
}

// annText picks the Chinese or the English text.
func annText(en bool, zh, english string) string {
	if en {
		return english
	}
	return zh
}

func severityFill(s Severity) xlsx.Fill {
	switch s {
	case SeverityError:
		return xlsx.FillRed
	case SeverityWarning:
		return xlsx.FillYellow
	}
	return xlsx.FillNone
}

func severityLabel(s Severity, en bool) string {
	switch s {
	case SeverityError:
		return annText(en, "错误", "Error")
	case SeverityWarning:
		return annText(en, "警告", "Warning")
	}
	return annText(en, "提示", "Info")
}

func kindLabel(k FormKind, en bool) string {
	switch k {
	case KindDepartment:
		return annText(en, "部门整体支出", "department")
	case KindScore:
		return annText(en, "部门评分表", "department scores")
	case KindProject:
		return annText(en, "项目支出", "project")
	}
	return string(k)
}

// findingRef is the position of a finding's cell, if it names one.
func findingRef(f Finding) (xlsx.Ref, bool) {
	col, row, ok := xlsx.ParseA1(f.Cell)
	if !ok || f.Sheet == "" {
		return xlsx.Ref{}, false
	}
	return xlsx.Ref{Sheet: f.Sheet, Col: col, Row: row}, true
}

// fixRef is the position of the cell a fix names: "D16" on the finding's
// sheet, or "Sheet!A1".
func fixRef(f Finding) (xlsx.Ref, bool) {
	if f.Fix == nil {
		return xlsx.Ref{}, false
	}
	sheet, cell := f.Sheet, f.Fix.Cell
	if i := strings.LastIndexByte(cell, '!'); i >= 0 {
		sheet, cell = strings.Trim(cell[:i], "'"), cell[i+1:]
	}
	col, row, ok := xlsx.ParseA1(cell)
	if !ok || sheet == "" {
		return xlsx.Ref{}, false
	}
	return xlsx.Ref{Sheet: sheet, Col: col, Row: row}, true
}

// fixSentence is the fix as the text report words it.
func fixSentence(f Finding, en bool) string {
	if f.Fix == nil {
		return ""
	}
	return annText(en, "建议将 "+f.Fix.Cell+" 改为 "+f.Fix.Value+"。", "Fix: set "+f.Fix.Cell+" to "+f.Fix.Value+".")
}

// noteText is the comment of one finding.
func noteText(f Finding, en bool) string {
	var b strings.Builder
	b.WriteString(severityLabel(f.Severity, en) + " " + f.Code)
	if r, ok := LookupCheck(f.Code); ok {
		b.WriteString(" " + annText(en, r.Title.ZH, r.Title.EN))
	}
	b.WriteString("\n" + f.Message)
	switch {
	case f.Expected != "" && f.Actual != "":
		b.WriteString(annText(en, "\n应为 "+f.Expected+"，表中为 "+f.Actual+"。", "\nExpected "+f.Expected+", found "+f.Actual+"."))
	case f.Expected != "":
		b.WriteString(annText(en, "\n应为 "+f.Expected+"。", "\nExpected "+f.Expected+"."))
	case f.Actual != "":
		b.WriteString(annText(en, "\n表中为 "+f.Actual+"。", "\nFound "+f.Actual+"."))
	}
	if s := fixSentence(f, en); s != "" {
		b.WriteString("\n" + s)
	}
	return b.String()
}

// annotationNotes turns the findings into notes: one per finding on its
// cell, and one per suggested value on the cell a fix names when that is
// another cell.
func annotationNotes(rep *Report, en bool) []xlsx.Note {
	var notes []xlsx.Note
	type fixKey struct {
		ref   xlsx.Ref
		value string
	}
	type fixNote struct {
		mends []string
		fill  xlsx.Fill
	}
	var order []fixKey
	fixes := map[fixKey]*fixNote{}
	for _, f := range rep.Findings {
		at, ok := findingRef(f)
		if !ok {
			continue
		}
		notes = append(notes, xlsx.Note{Ref: at, Text: noteText(f, en), Fill: severityFill(f.Severity)})
		to, ok := fixRef(f)
		if !ok || to == at {
			continue
		}
		k := fixKey{to, f.Fix.Value}
		fn := fixes[k]
		if fn == nil {
			fn = &fixNote{}
			fixes[k] = fn
			order = append(order, k)
		}
		where := f.Cell
		if f.Sheet != to.Sheet {
			where = at.String()
		}
		fn.mends = append(fn.mends, f.Code+" "+where)
		fn.fill = max(fn.fill, severityFill(f.Severity))
	}
	for _, k := range order {
		fn := fixes[k]
		text := annText(en,
			"建议将本单元格改为 "+k.value+"，可消除 "+strings.Join(fn.mends, "、")+" 处的问题。",
			"Suggested fix: set this cell to "+k.value+"; it mends "+strings.Join(fn.mends, ", ")+".")
		notes = append(notes, xlsx.Note{Ref: k.ref, Text: text, Fill: fn.fill})
	}
	return notes
}

// summarySheet is the 核查结果 sheet of a report.
func summarySheet(rep *Report, en bool) *xlsx.SummarySheet {
	bold := func(s string) xlsx.SummaryCell { return xlsx.SummaryCell{Text: s, Bold: true} }
	plain := func(s string) xlsx.SummaryCell { return xlsx.SummaryCell{Text: s} }
	nErr, nWarn := len(rep.Errors()), len(rep.Warnings())
	nInfo := len(rep.Findings) - nErr - nWarn
	counts := fmt.Sprintf(annText(en, "（错误 %d，警告 %d，提示 %d）", " (errors %d, warnings %d, notes %d)"), nErr, nWarn, nInfo)
	verdict := xlsx.SummaryCell{Text: annText(en, "通过", "valid") + counts}
	if !rep.Valid {
		verdict = xlsx.SummaryCell{Text: annText(en, "不通过", "invalid") + counts, Fill: xlsx.FillRed}
	}
	s := &xlsx.SummarySheet{Name: annText(en, SummarySheetName, "Check results")}
	s.Preamble = [][]xlsx.SummaryCell{
		{bold(annText(en, "核查结果", "Check results"))},
		{bold(annText(en, "文件", "File")), plain(rep.File)},
		{bold(annText(en, "结论", "Verdict")), verdict},
	}
	if rep.Partial {
		s.Preamble = append(s.Preamble, []xlsx.SummaryCell{{}, plain(annText(en, "（发现过多，仅列出部分）", "(too many findings; the list is partial)"))})
	}
	s.Preamble = append(s.Preamble,
		[]xlsx.SummaryCell{bold(annText(en, "说明", "Key")), plain(annText(en,
			"有问题的单元格已加批注：红色为错误，黄色为警告，提示只加批注不着色。点击“单元格”一栏可跳转到该单元格。",
			"Cells with findings carry a comment: red for errors, yellow for warnings, none for notes. Click a cell in the Cell column to go there."))},
		nil,
		[]xlsx.SummaryCell{bold(annText(en, "工作表", "Sheet")), bold(annText(en, "类型", "Form")), bold(annText(en, "得分", "Score")), bold(annText(en, "等级", "Grade"))},
	)
	for _, f := range rep.Forms {
		row := []xlsx.SummaryCell{
			{Text: f.Sheet, Link: xlsx.Ref{Sheet: f.Sheet, Col: 1, Row: 1}},
			plain(kindLabel(f.Kind, en)),
			plain(annDeref(f.Score)),
			plain(annDeref(f.Grade)),
		}
		s.Preamble = append(s.Preamble, row)
	}
	s.Header = []string{
		annText(en, "工作表", "Sheet"), annText(en, "单元格", "Cell"), annText(en, "级别", "Severity"), annText(en, "代码", "Code"),
		annText(en, "应为", "Expected"), annText(en, "实为", "Actual"), annText(en, "说明", "Message"), annText(en, "建议", "Fix"),
	}
	for _, f := range rep.Findings {
		cell := xlsx.SummaryCell{Text: f.Cell}
		if at, ok := findingRef(f); ok {
			cell.Link = at
		}
		s.Rows = append(s.Rows, []xlsx.SummaryCell{
			plain(f.Sheet), cell,
			{Text: severityLabel(f.Severity, en), Fill: severityFill(f.Severity)},
			plain(f.Code), plain(f.Expected), plain(f.Actual), plain(f.Message), plain(fixSentence(f, en)),
		})
	}
	if len(rep.Findings) == 0 {
		s.Rows = append(s.Rows, []xlsx.SummaryCell{{}, {}, {}, {}, {}, {}, plain(annText(en, "未发现问题。", "Nothing found."))})
	}
	return s
}

func annDeref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
