package annotate

import (
	"bytes"
	"context"
	"io"
	"strings"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

// SummarySheetName is the name of the sheet Write puts in front of the
// others (in Chinese; "Check results" with the language "en").
const SummarySheetName = "核查结果"

// File checks the workbook at src with c and writes to dst the annotated
// copy of it. src is read once and never written; dst must not name it
// (xlsxwrite.ErrSameFile), and it is replaced only once written in full.
// The report is returned even when writing fails, with the error, so that
// the verdict is not lost. Messages follow c.Language; c.Disable and
// c.MaxFindings apply as in Checker.Evaluate.
func File(ctx context.Context, c *evaluation.Checker, src, dst string) (*evaluation.Report, error) {
	return FileWithReport(ctx, c, src, dst, nil)
}

// FileWithReport is File with the narrative report submitted with the
// workbook, checked as evaluation's EvaluateWithReport checks it; the
// findings about the report are listed on the 核查结果 sheet.
func FileWithReport(ctx context.Context, c *evaluation.Checker, src, dst string, report *narrative.Document) (*evaluation.Report, error) {
	data, err := xlsx.ReadFile(src, c.Limits)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	rep, err := write(ctx, c, &out, data, src, report)
	if err != nil || rep == nil {
		return rep, err
	}
	return rep, xlsxwrite.WriteFile(dst, src, out.Bytes())
}

// Write checks the workbook of the given size held in r with c, such as an
// upload, and writes its annotated copy to w; name is used in the report
// and in errors.
func Write(ctx context.Context, c *evaluation.Checker, w io.Writer, r io.ReaderAt, size int64, name string) (*evaluation.Report, error) {
	data, err := xlsx.ReadAll(r, size, name, c.Limits)
	if err != nil {
		return nil, err
	}
	return write(ctx, c, w, data, name, nil)
}

// write checks the bytes of a workbook and annotates the same bytes.
func write(ctx context.Context, c *evaluation.Checker, w io.Writer, data []byte, name string, report *narrative.Document) (*evaluation.Report, error) {
	pkg, err := xlsx.Plaintext(data, name, c.Limits)
	if err != nil {
		return nil, err
	}
	plain := c.Limits
	plain.Password = "" // pkg is decrypted
	rep, err := (&evaluation.Checker{Options: withLimits(c.Options, plain), Checks: c.Checks}).EvaluateReaderAtWithReport(ctx, bytes.NewReader(pkg), int64(len(pkg)), name, report)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	l := present.Of(c.Language)
	password := ""
	if xlsx.IsEncrypted(data) {
		password = c.Limits.Password
	}
	return rep, xlsxwrite.Annotate(w, pkg, Notes(rep, l), Summary(rep, l), xlsxwrite.AnnotateOptions{Password: password, MaxUnzipSize: c.Limits.MaxUnzipSize})
}

func withLimits(o evaluation.Options, l xlsx.Options) evaluation.Options {
	o.Limits = l
	return o
}

// fill is the fill a finding's cell gets: red for errors, yellow for
// warnings, none for notes, which need no change.
func fill(s evaluation.Severity) xlsxwrite.Fill {
	switch s {
	case evaluation.SeverityError:
		return xlsxwrite.FillRed
	case evaluation.SeverityWarning:
		return xlsxwrite.FillYellow
	}
	return xlsxwrite.FillNone
}

// fixSentence is the fix as every output words it, "" without one.
func fixSentence(f *evaluation.Finding, l present.Lang) string {
	if f.Fix == nil {
		return ""
	}
	s := present.Fix(l, f.Fix.Cell, f.Fix.Value)
	for _, step := range f.Fix.Then {
		s += present.Fix(l, step.Cell, step.Value)
	}
	return s
}

// noteText is the comment of one finding: severity, code and title, the
// message, what was expected and found, and the fix.
func noteText(f *evaluation.Finding, l present.Lang) string {
	var b strings.Builder
	b.WriteString(f.Severity.Label(l) + " " + f.Code)
	if c, ok := evaluation.LookupCheck(f.Code); ok {
		b.WriteString(" " + c.Title.In(l))
	}
	b.WriteString("\n" + f.Message)
	if s := present.ExpectedFound(l, f.Expected, f.Actual); s != "" {
		b.WriteString("\n" + s)
	}
	if s := fixSentence(f, l); s != "" {
		b.WriteString("\n" + s)
	}
	return b.String()
}

// Notes are the comments of a report: one per finding on its cell, and one
// per suggested value on the cell a fix names when that is another cell.
func Notes(rep *evaluation.Report, l present.Lang) []xlsxwrite.Note {
	var notes []xlsxwrite.Note
	type fixKey struct {
		ref   xlsx.Ref
		value string
	}
	type fixNote struct {
		mends []string
		fill  xlsxwrite.Fill
	}
	var order []fixKey
	fixes := map[fixKey]*fixNote{}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		at := f.Ref()
		if at.IsZero() {
			continue
		}
		notes = append(notes, xlsxwrite.Note{Ref: at, Text: noteText(f, l), Fill: fill(f.Severity)})
		to := f.FixRef()
		if f.Fix == nil || to.IsZero() || to == at {
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
		fn.fill = max(fn.fill, fill(f.Severity))
	}
	for _, k := range order {
		fn := fixes[k]
		notes = append(notes, xlsxwrite.Note{Ref: k.ref, Text: present.FixHere(l, k.value, fn.mends), Fill: fn.fill})
	}
	return notes
}

// The words of the summary sheet.
var (
	wordResults  = present.Text{ZH: "核查结果", EN: "Check results"}
	wordFile     = present.Text{ZH: "文件", EN: "File"}
	wordVerdict  = present.Text{ZH: "结论", EN: "Verdict"}
	wordKey      = present.Text{ZH: "说明", EN: "Key"}
	wordSheet    = present.Text{ZH: "工作表", EN: "Sheet"}
	wordForm     = present.Text{ZH: "类型", EN: "Form"}
	wordScore    = present.Text{ZH: "得分", EN: "Score"}
	wordGrade    = present.Text{ZH: "等级", EN: "Grade"}
	wordCell     = present.Text{ZH: "单元格", EN: "Cell"}
	wordSeverity = present.Text{ZH: "级别", EN: "Severity"}
	wordCode     = present.Text{ZH: "代码", EN: "Code"}
	wordExpected = present.Text{ZH: "应为", EN: "Expected"}
	wordActual   = present.Text{ZH: "实为", EN: "Actual"}
	wordMessage  = present.Text{ZH: "说明", EN: "Message"}
	wordFix      = present.Text{ZH: "建议", EN: "Fix"}
	sentenceKey  = present.Text{
		ZH: "有问题的单元格已加批注：红色为错误，黄色为警告，提示只加批注不着色。点击“单元格”一栏可跳转到该单元格。",
		EN: "Cells with findings carry a comment: red for errors, yellow for warnings, none for notes. Click a cell in the Cell column to go there.",
	}
)

// Summary is the 核查结果 sheet of a report: the file, the verdict, each
// form's sheet, kind, score and grade, and a table of every finding with
// its cell as a link to it.
func Summary(rep *evaluation.Report, l present.Lang) *xlsxwrite.SummarySheet {
	bold := func(t present.Text) xlsxwrite.SummaryCell { return xlsxwrite.SummaryCell{Text: t.In(l), Bold: true} }
	plain := func(s string) xlsxwrite.SummaryCell { return xlsxwrite.SummaryCell{Text: s} }
	nErr, nWarn := len(rep.Errors()), len(rep.Warnings())
	nInfo := len(rep.Findings) - nErr - nWarn
	verdict := xlsxwrite.SummaryCell{Text: present.VerdictCounts(l, rep.Outcome(), nErr, nWarn, nInfo)}
	if !rep.Valid {
		verdict.Fill = xlsxwrite.FillRed
	}
	name := SummarySheetName
	if l == present.EN {
		name = wordResults.EN
	}
	s := &xlsxwrite.SummarySheet{Name: name}
	s.Preamble = [][]xlsxwrite.SummaryCell{
		{bold(wordResults)},
		{bold(wordFile), plain(rep.File)},
		{bold(wordVerdict), verdict},
	}
	if rep.Partial {
		s.Preamble = append(s.Preamble, []xlsxwrite.SummaryCell{{}, plain(present.Partial.In(l))})
	}
	s.Preamble = append(s.Preamble,
		[]xlsxwrite.SummaryCell{bold(wordKey), plain(sentenceKey.In(l))},
		nil,
		[]xlsxwrite.SummaryCell{bold(wordSheet), bold(wordForm), bold(wordScore), bold(wordGrade)},
	)
	for _, f := range rep.Forms {
		s.Preamble = append(s.Preamble, []xlsxwrite.SummaryCell{
			{Text: f.Sheet, Link: xlsx.Ref{Sheet: f.Sheet, Col: 1, Row: 1}},
			plain(evaluation.FormTitle(f.Kind, l)),
			plain(deref(f.Score)),
			plain(deref(f.Grade)),
		})
	}
	for _, w := range []present.Text{wordSheet, wordCell, wordSeverity, wordCode, wordExpected, wordActual, wordMessage, wordFix} {
		s.Header = append(s.Header, w.In(l))
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		where := f.Sheet
		if f.Cell == "" && f.Source == evaluation.SourceReport {
			where = present.ReportParagraph(l, f.Paragraph)
		}
		s.Rows = append(s.Rows, []xlsxwrite.SummaryCell{
			plain(where), {Text: f.Cell, Link: f.Ref()},
			{Text: f.Severity.Label(l), Fill: fill(f.Severity)},
			plain(f.Code), plain(f.Expected), plain(f.Actual), plain(f.Message), plain(fixSentence(f, l)),
		})
	}
	if len(rep.Findings) == 0 {
		s.Rows = append(s.Rows, []xlsxwrite.SummaryCell{{}, {}, {}, {}, {}, {}, plain(present.NothingFound.In(l))})
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
