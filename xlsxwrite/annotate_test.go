package xlsxwrite_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/annotate"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
	"github.com/xuri/excelize/v2"
)

const (
	asReportedPath = "../testdata/haizhu-kexie-2023-as-reported.xlsx"
	deptSheet      = "部门整体支出绩效自评表"
	scoreSheet     = "部门整体支出绩效评价评分表"
)

// inputState is what must not change about an input file.
type inputState struct {
	data  []byte
	mtime time.Time
	mode  os.FileMode
}

func stateOf(t *testing.T, path string) inputState {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return inputState{data: data, mtime: st.ModTime(), mode: st.Mode()}
}

func (s inputState) check(t *testing.T, path string) {
	t.Helper()
	now := stateOf(t, path)
	if !bytes.Equal(now.data, s.data) {
		t.Errorf("%s: the input's bytes changed", path)
	}
	if !now.mtime.Equal(s.mtime) || now.mode != s.mode {
		t.Errorf("%s: the input's mtime or mode changed: %v %v → %v %v", path, s.mtime, s.mode, now.mtime, now.mode)
	}
}

// copyInput copies a testdata workbook into dir, so that a test that goes
// wrong cannot harm testdata.
func copyInput(t *testing.T, dir, src string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(dst, data, 0o444); err != nil {
		t.Fatal(err)
	}
	return dst
}

func openExcelize(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	if f.Theme == nil {
		// excelize reads colours only in a workbook with a theme; files
		// saved by LibreOffice have none. Lend it a new file's (for reading
		// only: this File is never saved).
		stand := excelize.NewFile()
		f.Theme = stand.Theme
		stand.Close()
	}
	return f
}

func commentsOf(t *testing.T, f *excelize.File, sheet string) map[string]string {
	t.Helper()
	cs, err := f.GetComments(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, c := range cs {
		text := c.Text
		for _, r := range c.Paragraph {
			text += r.Text
		}
		out[c.Cell] = text
	}
	return out
}

// styleAt returns the fill colour ("" for none) and the number format of a
// cell.
func styleAt(t *testing.T, f *excelize.File, sheet, cell string) (fill, numFmt string, borders int) {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Fill.Pattern == 1 {
		fill = "solid"
		if len(st.Fill.Color) > 0 && st.Fill.Color[0] != "" {
			fill = st.Fill.Color[0]
		}
	}
	if st.CustomNumFmt != nil {
		numFmt = *st.CustomNumFmt
	}
	return fill, numFmt, len(st.Border)
}

// sheetCells reads every sheet of a workbook as its cells' texts and
// formulas, by sheet name.
func sheetCells(t *testing.T, path string) map[string][][]string {
	t.Helper()
	wb, err := xlsx.Open(context.Background(), path, xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	for _, s := range wb.Sheets {
		var rows [][]string
		for r := 1; r <= s.Rows(); r++ {
			var row []string
			for _, c := range s.Row(r) {
				row = append(row, c.Text+"|"+c.Formula)
			}
			rows = append(rows, row)
		}
		out[s.Name] = rows
	}
	return out
}

// TestAnnotateReport annotates the as-reported workbook with its findings
// and reads the copy back with excelize: comments on B16 and D18 naming the
// fix, red fills that keep the amount format, 核查结果 first with a link to
// each finding's cell, every other cell as it was, the input untouched.
func TestAnnotateReport(t *testing.T) {
	dir := t.TempDir()
	in := copyInput(t, dir, asReportedPath)
	before := stateOf(t, in)
	out := filepath.Join(dir, "annotated.xlsx")
	rep, err := annotate.File(context.Background(), evaluation.NewChecker(evaluation.Options{}), in, out)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Valid || len(rep.Errors()) != 2 {
		t.Fatalf("report: valid %v, %d errors; want the two errors of the as-reported workbook", rep.Valid, len(rep.Errors()))
	}
	before.check(t, in)

	f := openExcelize(t, out)
	if got := f.GetSheetList(); !slices.Equal(got, []string{annotate.SummarySheetName, deptSheet, scoreSheet, "项目支出绩效自评表", xlsxwrite.MarkSheet}) {
		t.Errorf("sheets %q, want 核查结果 first and the others in their order", got)
	}
	if i := f.GetActiveSheetIndex(); i != 0 {
		t.Errorf("active sheet %d, want 0", i)
	}

	comments := commentsOf(t, f, deptSheet)
	for cell, want := range map[string][]string{
		"B16": {"JX103", "283.79", "236.79", "建议将 D16 改为 14.74"},
		"D18": {"JX104", "108.74", "61.74", "建议将 D16 改为 14.74"},
		"D16": {"建议将本单元格改为 14.74", "JX103 B16", "JX104 D18"},
	} {
		for _, w := range want {
			if !strings.Contains(comments[cell], w) {
				t.Errorf("comment on %s = %q, want it to contain %q", cell, comments[cell], w)
			}
		}
	}
	if len(comments) != 3 {
		t.Errorf("comments on %v, want B16, D18 and D16 only", comments)
	}
	for _, cell := range []string{"B16", "D18", "D16"} {
		fill, numFmt, _ := styleAt(t, f, deptSheet, cell)
		if fill != xlsxwrite.FillRed.RGB() {
			t.Errorf("%s fill %q, want red %s", cell, fill, xlsxwrite.FillRed.RGB())
		}
		if numFmt != "#,##0.00" {
			t.Errorf("%s number format %q, want #,##0.00 kept", cell, numFmt)
		}
	}
	if fill, _, _ := styleAt(t, f, deptSheet, "C16"); fill != "" {
		t.Errorf("C16 fill %q, want none", fill)
	}

	// The summary: a link from each finding's row to its cell.
	rows, err := f.GetRows(annotate.SummarySheetName)
	if err != nil {
		t.Fatal(err)
	}
	links := map[string]string{} // cell text → location
	for r, row := range rows {
		for c, text := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if ok, loc, _ := f.GetCellHyperLink(annotate.SummarySheetName, cell); ok {
				links[row[0]+"!"+text] = loc
			}
		}
	}
	for text, loc := range map[string]string{
		deptSheet + "!B16": "'部门整体支出绩效自评表'!B16",
		deptSheet + "!D18": "'部门整体支出绩效自评表'!D18",
	} {
		if links[text] != loc {
			t.Errorf("link of %s = %q, want %q (all links %q)", text, links[text], loc, links)
		}
	}
	flat := strings.Join(slices.Concat(rows...), "\n")
	for _, want := range []string{"核查结果", asReportedPath[len("../testdata/"):], "不通过（错误 2，警告 0，提示 0）", "96.95", "99.68", "JX103", "JX104", "建议将 D16 改为 14.74。"} {
		if !strings.Contains(flat, want) {
			t.Errorf("summary lacks %q:\n%s", want, flat)
		}
	}

	// Every cell of the original sheets reads as before.
	orig, got := sheetCells(t, in), sheetCells(t, out)
	delete(got, annotate.SummarySheetName)
	delete(got, xlsxwrite.MarkSheet)
	if diff := cmp.Diff(orig, got); diff != "" {
		t.Errorf("cells changed (-input +annotated):\n%s", diff)
	}
	// And the copy checks as the input does.
	rep2, err := evaluation.Evaluate(context.Background(), out, evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rep.Findings, rep2.Findings, cmpopts.IgnoreUnexported(evaluation.Finding{})); diff != "" {
		t.Errorf("findings of the annotated copy differ (-input +copy):\n%s", diff)
	}
	checkWithLibreOffice(t, out)
}

// checkWithLibreOffice has LibreOffice convert the workbook (its first
// sheet) to CSV, when soffice is installed, and checks that it read it.
func checkWithLibreOffice(t *testing.T, path string) {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed: apt-get install libreoffice-calc-nogui")
	}
	outDir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// A profile of its own, so that a running LibreOffice does not take the
	// job, and UTF-8 CSV (filter options 44,34,76).
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.ToSlash(t.TempDir()),
		"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", outDir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	csvPath := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".csv")
	data, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatalf("soffice wrote no CSV: %v", err)
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(records) == 0 || records[0][0] != "核查结果" {
		t.Errorf("LibreOffice's CSV of the first sheet does not start with 核查结果 (%v):\n%s", err, data)
	}
}

// writeBook writes a small workbook for the generic tests: a sheet with a
// number in a custom format and a border, a merged range, an existing
// comment, and a sheet whose name needs quoting.
func writeBook(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "数据"))
	_, err := f.NewSheet("It's 表")
	must(err)
	nf := "#,##0.00"
	st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &nf, Border: []excelize.Border{{Type: "left", Color: "00FF00", Style: 2}}, Font: &excelize.Font{Color: "0000FF"}})
	must(err)
	must(f.SetCellValue("数据", "A1", "金额"))
	must(f.SetCellValue("数据", "B2", 283.79))
	must(f.SetCellStyle("数据", "B2", "B2", st))
	must(f.SetCellValue("数据", "A4", "合并"))
	must(f.MergeCell("数据", "A4", "C5"))
	must(f.AddComment("数据", excelize.Comment{Cell: "A1", Author: "clerk", Text: "原有批注"}))
	must(f.SetCellValue("It's 表", "C3", 1))
	must(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: "'数据'!$A$1:$C$5", Scope: "数据"}))
	must(f.SaveAs(path))
}

func TestAnnotateGeneric(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.xlsx"), filepath.Join(dir, "out.xlsx")
	writeBook(t, in)
	before := stateOf(t, in)
	notes := []xlsxwrite.Note{
		{Ref: xlsx.Ref{Sheet: "数据", Col: 2, Row: 2}, Text: "第一条", Fill: xlsxwrite.FillYellow},
		{Ref: xlsx.Ref{Sheet: "数据", Col: 2, Row: 2}, Text: "第二条", Fill: xlsxwrite.FillRed},
		{Ref: xlsx.Ref{Sheet: "数据", Col: 2, Row: 2}, Text: "第一条", Fill: xlsxwrite.FillNone}, // a repeat
		{Ref: xlsx.Ref{Sheet: "数据", Col: 1, Row: 1}, Text: "新批注"},
		{Ref: xlsx.Ref{Sheet: "数据", Col: 2, Row: 5}, Text: "合并区内", Fill: xlsxwrite.FillYellow},
	}
	summary := &xlsxwrite.SummarySheet{
		Name:     "数据", // taken: becomes 数据 (2)
		Preamble: [][]xlsxwrite.SummaryCell{{{Text: "标题", Bold: true}}},
		Header:   []string{"位置", "说明"},
		Rows: [][]xlsxwrite.SummaryCell{
			{{Text: "C3", Link: xlsx.Ref{Sheet: "It's 表", Col: 3, Row: 3}}, {Text: strings.Repeat("很长的说明", 20)}},
		},
	}
	if err := annotateFile(in, out, xlsx.Options{}, notes, summary); err != nil {
		t.Fatal(err)
	}
	before.check(t, in)
	f := openExcelize(t, out)
	if got := f.GetSheetList(); !slices.Equal(got, []string{"数据 (2)", "数据", "It's 表", xlsxwrite.MarkSheet}) {
		t.Errorf("sheets %q", got)
	}
	comments := commentsOf(t, f, "数据")
	want := map[string]string{
		"B2": "第一条\n\n第二条",
		"A1": "原有批注\n\n新批注",
		"A4": "合并区内", // the top-left cell of A4:C5
	}
	if diff := cmp.Diff(want, comments); diff != "" {
		t.Errorf("comments (-want +got):\n%s", diff)
	}
	if fill, numFmt, borders := styleAt(t, f, "数据", "B2"); fill != "FFC7CE" || numFmt != "#,##0.00" || borders != 1 {
		t.Errorf("B2: fill %q, format %q, %d borders; want the strongest fill (red) and the format and border kept", fill, numFmt, borders)
	}
	id, _ := f.GetCellStyle("数据", "B2")
	if st, _ := f.GetStyle(id); st.Font == nil || st.Font.Color != "0000FF" || st.Border[0].Color != "00FF00" {
		t.Errorf("B2 lost its font or border colour: %+v %+v", st.Font, st.Border)
	}
	for _, cell := range []string{"A4", "B4", "C5"} {
		if fill, _, _ := styleAt(t, f, "数据", cell); fill != "FFEB9C" {
			t.Errorf("%s fill %q, want the whole merged range yellow", cell, fill)
		}
	}
	if fill, _, _ := styleAt(t, f, "数据", "A1"); fill != "" {
		t.Errorf("A1 fill %q, want none for FillNone", fill)
	}
	if ok, loc, _ := f.GetCellHyperLink("数据 (2)", "A4"); !ok || loc != "'It''s 表'!C3" {
		t.Errorf("link A4 = %v %q, want 'It''s 表'!C3", ok, loc)
	}
	if w, _ := f.GetColWidth("数据 (2)", "B"); w != 60 {
		t.Errorf("column B width %v, want the cap 60 for long text", w)
	}
	// The print area still belongs to 数据, now the second sheet.
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Area" && dn.Scope != "数据" {
			t.Errorf("print area scope %q, want 数据", dn.Scope)
		}
	}
}

func TestAnnotateRefusals(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.xlsx")
	writeBook(t, in)
	before := stateOf(t, in)
	link := filepath.Join(dir, "link.xlsx")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.xlsx")
	if err := os.Link(in, hard); err != nil {
		t.Fatal(err)
	}
	for _, dst := range []string{in, link, hard, filepath.Join(dir, ".", "in.xlsx")} {
		err := annotateFile(in, dst, xlsx.Options{}, nil, nil)
		if !errors.Is(err, xlsxwrite.ErrSameFile) {
			t.Errorf("Annotate(in, %s) = %v, want ErrSameFile", dst, err)
		}
	}
	t.Chdir(dir)
	if err := annotateFile("in.xlsx", "./in.xlsx", xlsx.Options{}, nil, nil); !errors.Is(err, xlsxwrite.ErrSameFile) {
		t.Errorf("relative same path: %v, want ErrSameFile", err)
	}
	before.check(t, in)

	// A note on a sheet that does not exist fails before anything is
	// written: no output, no temporary file left.
	out := filepath.Join(dir, "out.xlsx")
	err := annotateFile(in, out, xlsx.Options{}, []xlsxwrite.Note{{Ref: xlsx.Ref{Sheet: "无此表", Col: 1, Row: 1}, Text: "x"}}, nil)
	if err == nil {
		t.Error("note on a missing sheet: no error")
	}
	// An existing output stays as it was when annotating fails.
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := annotateFile(filepath.Join(dir, "missing.xlsx"), out, xlsx.Options{}, nil, nil); err == nil {
		t.Error("missing input: no error")
	}
	if err := annotateFile(in, out, xlsx.Options{}, nil, &xlsxwrite.SummarySheet{Name: "S", Rows: [][]xlsxwrite.SummaryCell{{{Text: "x", Link: xlsx.Ref{Sheet: "无此表", Col: 1, Row: 1}}}}}); err == nil {
		t.Error("link to a missing sheet: no error")
	}
	if data, _ := os.ReadFile(out); string(data) != "old" {
		t.Errorf("a failed annotation changed the existing output")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	// Not a workbook: the sentinel of Open.
	notXLSX := filepath.Join(dir, "upload.xlsx")
	if err := os.WriteFile(notXLSX, []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := annotateFile(notXLSX, filepath.Join(dir, "o2.xlsx"), xlsx.Options{}, nil, nil); !errors.Is(err, xlsx.ErrNotXLSX) {
		t.Errorf("CSV input: %v, want ErrNotXLSX", err)
	}
}

// TestAnnotateEncrypted: an encrypted workbook is annotated with its
// password and written encrypted with it.
func TestAnnotateEncrypted(t *testing.T) {
	dir := t.TempDir()
	plain, enc, out := filepath.Join(dir, "plain.xlsx"), filepath.Join(dir, "enc.xlsx"), filepath.Join(dir, "out.xlsx")
	writeBook(t, plain)
	f, err := excelize.OpenFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(enc, excelize.Options{Password: "pw"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	note := []xlsxwrite.Note{{Ref: xlsx.Ref{Sheet: "数据", Col: 2, Row: 2}, Text: "查", Fill: xlsxwrite.FillRed}}
	if err := annotateFile(enc, out, xlsx.Options{}, note, nil); !errors.Is(err, xlsx.ErrEncrypted) {
		t.Errorf("no password: %v, want ErrEncrypted", err)
	}
	if err := annotateFile(enc, out, xlsx.Options{Password: "pw"}, note, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := xlsx.Open(context.Background(), out, xlsx.Options{}); !errors.Is(err, xlsx.ErrEncrypted) {
		t.Errorf("the annotated copy opens without the password: %v", err)
	}
	if _, err := xlsx.Open(context.Background(), out, xlsx.Options{Password: "pw"}); err != nil {
		t.Errorf("the annotated copy does not open with the password: %v", err)
	}
}

func TestWriteAnnotated(t *testing.T) {
	data, err := os.ReadFile(asReportedPath)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	note := []xlsxwrite.Note{{Ref: xlsx.Ref{Sheet: deptSheet, Col: 2, Row: 16}, Text: "查", Fill: xlsxwrite.FillRed}}
	if err := writeAnnotated(&buf, bytes.NewReader(data), int64(len(data)), "upload.xlsx", xlsx.Options{}, note, nil); err != nil {
		t.Fatal(err)
	}
	wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), "out.xlsx", xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Sheets) != 4 || wb.Sheets[0].Name != deptSheet || wb.Sheets[3].Name != xlsxwrite.MarkSheet {
		t.Errorf("without a summary the sheets stay as they were, got %d sheets", len(wb.Sheets))
	}
	if err := writeAnnotated(&buf, bytes.NewReader(data), int64(len(data)), "upload.xlsx", xlsx.Options{MaxFileSize: 100}, nil, nil); !errors.Is(err, xlsx.ErrTooLarge) {
		t.Errorf("over the size limit: %v, want ErrTooLarge", err)
	}
}

// annotateFile annotates the workbook at src into dst as a program that
// has read it does: the file read once, decrypted once, annotated from its
// bytes, written atomically.
func annotateFile(src, dst string, opts xlsx.Options, notes []xlsxwrite.Note, summary *xlsxwrite.SummarySheet) error {
	data, err := xlsx.ReadFile(src, opts)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := annotateBytes(&buf, data, src, opts, notes, summary); err != nil {
		return err
	}
	return xlsxwrite.WriteFile(dst, src, buf.Bytes())
}

// writeAnnotated is annotateFile for a workbook held in r, written to w.
func writeAnnotated(w io.Writer, r io.ReaderAt, size int64, name string, opts xlsx.Options, notes []xlsxwrite.Note, summary *xlsxwrite.SummarySheet) error {
	data, err := xlsx.ReadAll(r, size, name, opts)
	if err != nil {
		return err
	}
	return annotateBytes(w, data, name, opts, notes, summary)
}

func annotateBytes(w io.Writer, data []byte, name string, opts xlsx.Options, notes []xlsxwrite.Note, summary *xlsxwrite.SummarySheet) error {
	pkg, err := xlsx.Plaintext(data, name, opts)
	if err != nil {
		return err
	}
	password := ""
	if xlsx.IsEncrypted(data) {
		password = opts.Password
	}
	return xlsxwrite.Annotate(w, pkg, notes, summary, xlsxwrite.AnnotateOptions{Password: password, MaxUnzipSize: opts.MaxUnzipSize})
}
