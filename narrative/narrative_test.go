package narrative_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/narrative"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const seedReport = "../testdata/haizhu-kexie-2023-report.txt"

func read(t *testing.T, data []byte) (*narrative.Document, error) {
	t.Helper()
	return narrative.Read(bytes.NewReader(data), int64(len(data)), "report", narrative.Options{})
}

// The same report reads into the same paragraphs whatever it is saved as:
// UTF-8 with or without a byte order mark, UTF-16, GB18030, or .docx.
func TestReportReadsTheSameInEveryEncoding(t *testing.T) {
	data, err := os.ReadFile(seedReport)
	if err != nil {
		t.Fatal(err)
	}
	want, err := read(t, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Paragraphs) != 30 || want.Format != "txt" {
		t.Fatalf("%d paragraphs, format %s", len(want.Paragraphs), want.Format)
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(data)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(data)
	if err != nil {
		t.Fatal(err)
	}
	for name, variant := range map[string][]byte{
		"bom":     append([]byte("\xEF\xBB\xBF"), data...),
		"gb18030": gb,
		"utf16":   utf16,
		"docx":    testgen.Docx(want.Paragraphs),
	} {
		got, err := read(t, variant)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if diff := cmp.Diff(want.Paragraphs, got.Paragraphs); diff != "" {
			t.Errorf("%s paragraphs (-want +got):\n%s", name, diff)
		}
	}
}

// A table's cells are paragraphs of their own.
func TestDocxTableCellsAreParagraphs(t *testing.T) {
	doc, err := read(t, testgen.Docx([]string{"标题", "|项目|金额 47 万元"}))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"标题", "项目", "金额 47 万元"}, doc.Paragraphs); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

// What is not a report, or is hostile, is refused with a typed error that
// names the file and says what to do.
func TestHostileReportsAreRefused(t *testing.T) {
	valid := testgen.Docx([]string{"基本支出 47 万元"})
	bomb := badfile.Zip(badfile.Entry{Name: "word/document.xml", Data: bytes.Repeat([]byte("<w:p/>"), 1<<20)})
	lying, err := badfile.PatchSize(bomb, "word/document.xml", 100)
	if err != nil {
		t.Fatal(err)
	}
	noDocument := badfile.Zip(badfile.Entry{Name: "word/styles.xml", Data: []byte("<x/>")})
	for _, tc := range []struct {
		name string
		data []byte
		opts narrative.Options
		want error
	}{
		{"pdf", []byte("%PDF-1.7\n..."), narrative.Options{}, narrative.ErrUnsupported},
		{"legacy doc", badfile.OLEDocument(), narrative.Options{}, narrative.ErrUnsupported},
		{"truncated docx", valid[:len(valid)/2], narrative.Options{}, narrative.ErrCorrupt},
		{"zip without a document", noDocument, narrative.Options{}, narrative.ErrCorrupt},
		{"zip bomb", bomb, narrative.Options{MaxInflated: 1 << 20}, narrative.ErrTooLarge},
		{"zip bomb that lies about its size", lying, narrative.Options{MaxInflated: 1 << 20}, narrative.ErrCorrupt}, // archive/zip stops at the declared size
		{"too large", valid, narrative.Options{MaxBytes: 100}, narrative.ErrTooLarge},
		{"binary", []byte{0, 1, 2, 3, 0xff, 0xfe, 0}, narrative.Options{}, narrative.ErrEncoding},
		{"too many paragraphs", []byte(strings.Repeat("段\n", 100)), narrative.Options{MaxParagraphs: 10}, narrative.ErrTooLarge},
		{"damaged xml", badfile.Zip(badfile.Entry{Name: "word/document.xml", Data: []byte("<w:document xmlns:w=\"x\"><w:p>")}), narrative.Options{}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := narrative.Read(bytes.NewReader(tc.data), int64(len(tc.data)), "upload.docx", tc.opts)
			var ne *narrative.Error
			switch {
			case tc.want == nil && err != nil && !errors.Is(err, narrative.ErrCorrupt):
				t.Errorf("err = %v", err)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Errorf("err = %v, want %v", err, tc.want)
			case err != nil && (!errors.As(err, &ne) || ne.Name != "upload.docx"):
				t.Errorf("err = %v does not name the file", err)
			}
		})
	}
	if _, err := narrative.Read(bytes.NewReader([]byte("%PDF-1.4")), 8, "r.pdf", narrative.Options{}); err == nil || !strings.Contains(err.Error(), "save the report as .docx or .txt") {
		t.Errorf("a PDF: %v, want a message saying what to save it as", err)
	}
}

// The figures of the seed report: every amount, rate, score and count it
// states, each with its paragraph, and the parts in brackets.
func TestExtractSeedReport(t *testing.T) {
	doc, err := narrative.ReadFile(seedReport, narrative.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range narrative.Extract(doc) {
		line := string(f.Kind) + " " + f.Term + " " + f.Group + " " + f.Label + " " + f.Text
		for _, p := range f.Parts {
			line += " [" + p.Term + " " + p.Text + "]"
		}
		got = append(got, line)
	}
	want := []string{
		"budget total  预算金额 283.79万元",
		"spent total  支出 283.79万元",
		"rate total  总支出率 100%",
		"line basic  基本支出 236.79万元 [salary 144.10万元] [goods 61.74万元] [households 77.95万元]",
		"line project  项目支出 47万元 [salary 0元] [goods 47万元] [households 0元]",
		"rate fiscal  海珠区科协财政拨款预算完成率 100%",
		"count 一级  一级指标 2个一级指标",
		"count 二级 履职效能 二级指标 1个二级指标",
		"count 二级  二级指标 8个二级指标",
		"count 三级  三级指标 25个三级指标",
		"score total  海珠区科协部门整体绩效自评得分 96.95分",
		"subscore 管理效能  管理效能得分 48.5分",
		"subscore 履职效能  履职效能得分 48.45分",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

// A grade is read in the ways reports write it.
func TestExtractGrade(t *testing.T) {
	for text, want := range map[string]string{"自评等级为“优”。": "优", "评价结论：良好": "良", "绩效等级是中等": "中"} {
		figs := narrative.Extract(&narrative.Document{Paragraphs: []string{text}})
		if len(figs) != 1 || figs[0].Kind != narrative.Grade || figs[0].Term != want {
			t.Errorf("%q: %+v, want grade %s", text, figs, want)
		}
	}
}

// The classes of a line listed after 其中 are its parts, as those in
// brackets are; a class named alone is no figure of the whole.
func TestExtractPartsListedAfterQizhong(t *testing.T) {
	doc := &narrative.Document{Paragraphs: []string{
		"基本支出 236.79 万元，其中工资福利支出 144.10 万元、商品和服务支出 14.74 万元、对个人和家庭的补助支出 77.95 万元。",
		"商品和服务支出 61.74 万元。",
	}}
	figs := narrative.Extract(doc)
	if len(figs) != 1 || figs[0].Term != "basic" || len(figs[0].Parts) != 3 || figs[0].Parts[1].Text != "14.74万元" {
		t.Errorf("figures %+v, want 基本支出 with its 3 parts", figs)
	}
}

// A figure of one project (该项目预算, 项目执行率) is not the department's,
// and is left out; the department's 项目支出 is read.
func TestExtractLeavesOneProjectsFiguresOut(t *testing.T) {
	doc := &narrative.Document{Paragraphs: []string{"该项目预算 47 万元，项目执行率 100%，项目支出全年共支出 47 万元。"}}
	figs := narrative.Extract(doc)
	if len(figs) != 1 || figs[0].Kind != narrative.Line || figs[0].Term != "project" {
		t.Errorf("figures %+v, want only 项目支出", figs)
	}
}

// A report's title says what it evaluates.
func TestReportSubject(t *testing.T) {
	for title, want := range map[string]narrative.Subject{
		"2023 年度广州市海珠区科学技术协会部门 整体支出绩效自评报告": narrative.SubjectDepartment,
		"海珠区科普活动专项经费项目支出绩效自评报告":            narrative.SubjectProject,
		"自评情况说明": narrative.SubjectDepartment,
	} {
		doc := &narrative.Document{Paragraphs: []string{title, "正文"}}
		if got := doc.Subject(); got != want {
			t.Errorf("%q: %s, want %s", title, got, want)
		}
	}
	// In a project's report its figures are read; in a department's they
	// are not the department's.
	body := "项目预算 47 万元，项目执行率 100%。"
	if figs := narrative.Extract(&narrative.Document{Paragraphs: []string{"某项目绩效自评报告", body}}); len(figs) != 2 {
		t.Errorf("a project's report: %+v", figs)
	}
}
