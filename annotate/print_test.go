package annotate_test

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jixiao-go/jixiao/annotate"
	"github.com/jixiao-go/jixiao/evaluation"
)

// The 核查结果 sheet prints: LibreOffice turns the annotated copy into a
// PDF whose first page holds every column header and the whole 说明 of the
// first finding (A4 landscape, one page wide, wrapped rows tall enough),
// and pdftoppm renders that page. Skipped only without soffice, pdftotext
// or pdftoppm (apt-get install libreoffice-calc-nogui poppler-utils).
func TestSummarySheetPrints(t *testing.T) {
	tools := map[string]string{}
	for _, name := range []string{"soffice", "pdftotext", "pdftoppm"} {
		path, err := exec.LookPath(name)
		if err != nil {
			t.Skipf("%s not installed: apt-get install libreoffice-calc-nogui poppler-utils", name)
		}
		tools[name] = path
	}
	dir := t.TempDir()
	xlsxPath := filepath.Join(dir, "annotated.xlsx")
	rep, err := annotate.File(context.Background(), evaluation.NewChecker(evaluation.Options{}), "../testdata/haizhu-kexie-2023-as-reported.xlsx", xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	run := func(name string, args ...string) {
		t.Helper()
		if out, err := exec.CommandContext(ctx, tools[name], args...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
	}
	run("soffice", "-env:UserInstallation=file://"+filepath.ToSlash(t.TempDir()), "--headless", "--convert-to", "pdf", "--outdir", dir, xlsxPath)
	pdf := filepath.Join(dir, "annotated.pdf")
	txt := filepath.Join(dir, "page1.txt")
	run("pdftotext", "-f", "1", "-l", "1", pdf, txt)
	data, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Join(strings.Fields(string(data)), "") // lines wrapped by the page
	for _, want := range []string{"工作表", "单元格", "级别", "代码", "应为", "实为", "说明", "建议", strings.Join(strings.Fields(rep.Findings[0].Message), "")} {
		if !strings.Contains(page, want) {
			t.Errorf("the first printed page lacks %q:\n%s", want, data)
		}
	}
	run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", pdf, filepath.Join(dir, "page"))
	matches, _ := filepath.Glob(filepath.Join(dir, "page*.png"))
	if len(matches) != 1 {
		t.Fatalf("pdftoppm rendered %d pages", len(matches))
	}
	if st, err := os.Stat(matches[0]); err != nil || st.Size() < 1000 {
		t.Errorf("page image %v, %v", st, err)
	}
}

// The comments print after their sheet (pageSetup cellComments="atEnd", as
// Excel reads it), on the sheets that have them and no other.
func TestCommentsPrintAtTheEnd(t *testing.T) {
	out := filepath.Join(t.TempDir(), "annotated.xlsx")
	if _, err := annotate.File(context.Background(), evaluation.NewChecker(evaluation.Options{}), "../testdata/haizhu-kexie-2023-as-reported.xlsx", out); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	atEnd := 0
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		commented := bytes.Contains(data, []byte("<legacyDrawing"))
		printed := bytes.Contains(data, []byte(`cellComments="atEnd"`))
		if commented != printed {
			t.Errorf("%s: comments %v, printed at the end %v", f.Name, commented, printed)
		}
		if printed {
			atEnd++
		}
	}
	if atEnd != 1 { // the department sheet: B16 and D18
		t.Errorf("%d sheets print their comments, want 1", atEnd)
	}
}
