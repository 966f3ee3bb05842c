package xlsx_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/richardlehane/mscfb"
	"github.com/xuri/excelize/v2"

	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Every bad input must be judged within this time (ten times more under the
// race detector) and without a panic.
const badInputDeadline = 2 * time.Second

func raceEnabled() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" {
				return s.Value == "true"
			}
		}
	}
	return false
}

func deadline() time.Duration {
	if raceEnabled() {
		return 10 * badInputDeadline
	}
	return badInputDeadline
}

// openBytes opens data as an upload named upload.xlsx and fails the test if
// it takes too long.
func openBytes(t *testing.T, data []byte, opts xlsx.Options) (*xlsx.Workbook, error) {
	t.Helper()
	return openCtx(t, context.Background(), data, opts)
}

func openCtx(t *testing.T, ctx context.Context, data []byte, opts xlsx.Options) (*xlsx.Workbook, error) {
	t.Helper()
	start := time.Now()
	wb, err := xlsx.OpenReaderAt(ctx, bytes.NewReader(data), int64(len(data)), "upload.xlsx", opts)
	if d := time.Since(start); d > deadline() {
		t.Errorf("took %v, limit %v", d, deadline())
	}
	return wb, err
}

// wantOpenErr checks that err is an *OpenError for upload.xlsx wrapping want.
func wantOpenErr(t *testing.T, wb *xlsx.Workbook, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error = %v, want %v", err, want)
	}
	if wb != nil {
		t.Errorf("got a workbook along with error %v", err)
	}
	var oe *xlsx.OpenError
	if !errors.As(err, &oe) {
		t.Fatalf("error %T is not an *OpenError", err)
	}
	if oe.File != "upload.xlsx" {
		t.Errorf("OpenError.File = %q, want upload.xlsx", oe.File)
	}
	for _, other := range []error{xlsx.ErrNotXLSX, xlsx.ErrLegacyXLS, xlsx.ErrEncrypted, xlsx.ErrTooLarge, xlsx.ErrCorrupt, context.Canceled, context.DeadlineExceeded} {
		if other != want && errors.Is(err, other) {
			t.Errorf("error %v also matches %v", err, other)
		}
	}
	if oe.Message("zh") == "" || oe.Message("en") == "" {
		t.Error("empty message")
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// validBook is a small workbook made with excelize, in memory.
func validBook(t testing.TB, sheets ...string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if len(sheets) == 0 {
		sheets = []string{"Sheet1"}
	}
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r := 1; r <= 5; r++ {
			cell, _ := excelize.CoordinatesToCellName(1, r)
			if err := f.SetCellValue(name, cell, "项目"+strconv.Itoa(r)); err != nil {
				t.Fatal(err)
			}
			cell, _ = excelize.CoordinatesToCellName(2, r)
			if err := f.SetCellValue(name, cell, r*100); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheetTexts returns the text of every cell of a sheet, row by row.
func sheetTexts(s *xlsx.Sheet) [][]string {
	var out [][]string
	for r := 1; r <= s.Rows(); r++ {
		var row []string
		for _, c := range s.Row(r) {
			row = append(row, c.Text)
		}
		out = append(out, row)
	}
	return out
}

// Kinds 1-4, 7: files that are not workbooks.
func TestBadInputNotAWorkbook(t *testing.T) {
	valid := readTestdata(t, "haizhu-kexie-2023.xlsx")
	noWorkbook, err := badfile.RemoveEntry(valid, "xl/workbook.xml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"1 empty file", badfile.Empty()},
		{"2 plain text", badfile.PlainText()},
		{"3 CSV renamed .xlsx", badfile.CSV()},
		{"4 PNG image", badfile.PNG()},
		{"4 HTML table saved as .xlsx", badfile.HTMLTable()},
		{"4 Excel 2003 XML", badfile.XMLSpreadsheet2003()},
		{"4 one byte", []byte{0}},
		{"4 zip magic alone", []byte("PK\x03\x04")[:3]},
		{"7 docx-like zip", badfile.DocxLike()},
		{"7 empty zip", badfile.EmptyZip()},
		{"7 workbook without xl/workbook.xml", noWorkbook},
		{"7 OLE file without a workbook", badfile.OLEDocument()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb, err := openBytes(t, tt.data, xlsx.Options{})
			wantOpenErr(t, wb, err, xlsx.ErrNotXLSX)
		})
	}
}

// Kind 3 through Open: a CSV file renamed .xlsx, and a directory.
func TestBadInputOpenPath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "部门整体支出绩效自评表.xlsx")
	if err := os.WriteFile(path, badfile.CSV(), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := xlsx.Open(context.Background(), path, xlsx.Options{})
	if !errors.Is(err, xlsx.ErrNotXLSX) {
		t.Errorf("CSV: error = %v, want ErrNotXLSX", err)
	}
	var oe *xlsx.OpenError
	if !errors.As(err, &oe) || oe.File != path {
		t.Errorf("CSV: error = %#v, want an *OpenError naming %s", err, path)
	}
	if _, err := xlsx.Open(context.Background(), dir, xlsx.Options{}); !errors.Is(err, xlsx.ErrNotXLSX) {
		t.Errorf("directory: error = %v, want ErrNotXLSX", err)
	}
	if _, err := xlsx.Open(context.Background(), filepath.Join(dir, "missing.xlsx"), xlsx.Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: error = %v, want os.ErrNotExist", err)
	}
	if err := os.WriteFile(path, badfile.LegacyXLS(), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := xlsx.Open(context.Background(), path, xlsx.Options{}); !errors.Is(err, xlsx.ErrLegacyXLS) {
		t.Errorf(".xls renamed .xlsx: error = %v, want ErrLegacyXLS", err)
	}
}

// cfbStreams reads a compound file's streams with mscfb.
func cfbStreams(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("mscfb cannot read the compound file: %v", err)
	}
	out := map[string][]byte{}
	for entry, err := doc.Next(); err == nil; entry, err = doc.Next() {
		b, err := io.ReadAll(entry)
		if err != nil {
			t.Fatalf("stream %q: %v", entry.Name, err)
		}
		out[entry.Name] = b
	}
	return out
}

// The hand-written compound files must be valid: mscfb reads back each
// stream, in the mini stream or in regular sectors, byte for byte.
func TestBadfileCFBIsValid(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), 700) // 11200 bytes: regular sectors
	streams := []badfile.Stream{
		{Name: "Workbook", Data: []byte("BIFF")},
		{Name: "EncryptionInfo", Data: bytes.Repeat([]byte{7}, 4095)},
		{Name: "EncryptedPackage", Data: big},
		{Name: "\x05SummaryInformation", Data: make([]byte, 130)},
		{Name: "Empty", Data: nil},
	}
	data, err := badfile.CFB(streams...)
	if err != nil {
		t.Fatal(err)
	}
	got := cfbStreams(t, data)
	want := map[string][]byte{}
	for _, s := range streams {
		name := strings.TrimPrefix(s.Name, "\x05") // mscfb drops leading control characters
		want[name] = s.Data
		if s.Data == nil {
			want[name] = []byte{}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("streams mismatch (-want +got):\n%s", diff)
	}
	if !bytes.Equal(data, mustCFB(t, streams...)) {
		t.Error("CFB is not deterministic")
	}
	if s := cfbStreams(t, badfile.LegacyXLS()); len(s["Workbook"]) == 0 {
		t.Errorf("LegacyXLS streams = %v", s)
	}
	if s := cfbStreams(t, badfile.Encrypted()); len(s["EncryptionInfo"]) == 0 || len(s["EncryptedPackage"]) != 8200 {
		t.Errorf("Encrypted streams: %d, %d bytes", len(s["EncryptionInfo"]), len(s["EncryptedPackage"]))
	}
	if _, err := badfile.CFB(badfile.Stream{Name: strings.Repeat("x", 32)}); err == nil {
		t.Error("CFB accepted a 32-character name")
	}
}

func mustCFB(t *testing.T, streams ...badfile.Stream) []byte {
	t.Helper()
	b, err := badfile.CFB(streams...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Kinds 5, 6: OLE compound files.
func TestBadInputOLE(t *testing.T) {
	t.Run("5 legacy xls", func(t *testing.T) {
		wb, err := openBytes(t, badfile.LegacyXLS(), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrLegacyXLS)
	})
	t.Run("5 legacy xls, BIFF5 Book stream", func(t *testing.T) {
		wb, err := openBytes(t, mustCFB(t, badfile.Stream{Name: "Book", Data: []byte{9, 8, 8, 0, 0, 5, 5, 0, 0, 0, 0, 0}}), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrLegacyXLS)
	})
	t.Run("5 legacy xls, password given", func(t *testing.T) {
		wb, err := openBytes(t, badfile.LegacyXLS(), xlsx.Options{Password: "secret"})
		wantOpenErr(t, wb, err, xlsx.ErrLegacyXLS)
	})
	t.Run("6 encrypted, no password", func(t *testing.T) {
		wb, err := openBytes(t, badfile.Encrypted(), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrEncrypted)
	})
	t.Run("6 encrypted, password does not open it", func(t *testing.T) {
		wb, err := openBytes(t, badfile.Encrypted(), xlsx.Options{Password: "secret"})
		wantOpenErr(t, wb, err, xlsx.ErrEncrypted)
	})
	t.Run("6 compound file cut short", func(t *testing.T) {
		wb, err := openBytes(t, badfile.Truncate(badfile.Encrypted(), 600), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
	})
	t.Run("6 OLE signature alone", func(t *testing.T) {
		wb, err := openBytes(t, badfile.Truncate(badfile.LegacyXLS(), 8), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
	})
}

// Kind 6 with a real encrypted workbook, written by excelize (so not
// byte-for-byte deterministic: the salt is random).
func TestBadInputRealEncryption(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(validBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, excelize.Options{Password: "正确密码"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	enc := buf.Bytes()

	wb, err := openBytes(t, enc, xlsx.Options{})
	wantOpenErr(t, wb, err, xlsx.ErrEncrypted)
	wb, err = openBytes(t, enc, xlsx.Options{Password: "wrong"})
	wantOpenErr(t, wb, err, xlsx.ErrEncrypted)
	wb, err = openBytes(t, enc, xlsx.Options{Password: "正确密码"})
	if err != nil {
		t.Fatalf("right password: %v", err)
	}
	if got := wb.Sheet("Sheet1").Cell(2, 5); got == nil || got.Text != "500" {
		t.Errorf("B5 = %+v, want 500", got)
	}

	// The package inside gets the checks any package gets: a sheet cut to
	// nothing, or a lying bomb, behind the right password.
	for _, tt := range []struct {
		name  string
		inner func() ([]byte, error)
		want  error
	}{
		{"sheet cut to nothing", func() ([]byte, error) { return badfile.TruncateEntry(validBook(t), "xl/worksheets/sheet1.xml", 0) }, xlsx.ErrCorrupt},
		{"1 GiB sheet declared 1 KiB", func() ([]byte, error) { return badfile.LyingBomb(1<<30, 1024), nil }, xlsx.ErrCorrupt},
		// (excelize.Encrypt writes packages under 4 KiB in a mini stream
		// that it cannot read back, hence the 3000 rows.)
		{"a cell given twice, out of order", func() ([]byte, error) {
			return badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(3000) +
				`<row r="3001"><c r="B3001"><v>2</v></c><c r="A3001"><v>1</v></c><c r="B3001"><v>3</v></c></row>`}}}.Bytes(), nil
		}, xlsx.ErrCorrupt},
	} {
		t.Run(tt.name, func(t *testing.T) {
			inner, err := tt.inner()
			if err != nil {
				t.Fatal(err)
			}
			enc, err := excelize.Encrypt(inner, &excelize.Options{Password: "p"})
			if err != nil {
				t.Fatal(err)
			}
			wb, err := openBytes(t, enc, xlsx.Options{Password: "p"})
			wantOpenErr(t, wb, err, tt.want)
		})
	}
}

// Kind 8: truncated uploads.
func TestBadInputTruncated(t *testing.T) {
	for _, name := range []string{"haizhu-kexie-2023.xlsx", "haizhu-kexie-2023-nocache.xlsx"} {
		valid := readTestdata(t, name)
		for _, n := range []int{len(valid) / 2, len(valid) - 1, len(valid) - 22, 30, 4} {
			t.Run(name+"/"+strconv.Itoa(n), func(t *testing.T) {
				wb, err := openBytes(t, badfile.Truncate(valid, n), xlsx.Options{})
				wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
			})
		}
	}
	t.Run("half of an excelize workbook", func(t *testing.T) {
		wb, err := openBytes(t, badfile.TruncateHalf(validBook(t)), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
	})
}

// memDelta runs fn and returns the bytes it allocated and the growth of the
// heap in use.
func memDelta(fn func()) (allocated uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Kinds 9, 10: zip bombs and headers that lie.
func TestBadInputZipBomb(t *testing.T) {
	const gib = 1 << 30
	tests := []struct {
		name  string
		build func() []byte
		opts  xlsx.Options
		want  error
	}{
		// Declares 4 GiB honestly (Zip64): refused from the header.
		{"9 4 GiB sheet, honest header", func() []byte { return badfile.Bomb(4 * gib) }, xlsx.Options{}, xlsx.ErrTooLarge},
		// Each entry 200 MiB, under the 256 MiB limit, together 600 MiB:
		// refused by counting inflated bytes.
		{"9 three 200 MiB entries", func() []byte { return badfile.SpreadBomb(3, 200<<20) }, xlsx.Options{}, xlsx.ErrTooLarge},
		{"9 8 MiB sheet, 1 MiB limit", func() []byte { return badfile.Bomb(8 << 20) }, xlsx.Options{MaxUnzipSize: 1 << 20}, xlsx.ErrTooLarge},
		// Declares 1 KiB, inflates to 4 GiB: the reader stops one byte
		// past the declared size.
		{"10 4 GiB sheet declared 1 KiB", func() []byte { return badfile.LyingBomb(4*gib, 1024) }, xlsx.Options{}, xlsx.ErrCorrupt},
		{"10 1 GiB sheet declared 0", func() []byte { return badfile.LyingBomb(gib, 0) }, xlsx.Options{}, xlsx.ErrCorrupt},
		// Declares 60 MiB, under the limit (which excelize would
		// preallocate), holds 1 KiB.
		{"10 1 KiB sheet declared 60 MiB", func() []byte { return badfile.LyingBomb(1024, 60<<20) }, xlsx.Options{}, xlsx.ErrCorrupt},
		{"10 4 GiB sheet declared 8 GiB", func() []byte { return badfile.LyingBomb(4*gib, 8*gib) }, xlsx.Options{}, xlsx.ErrTooLarge},
		// The same lies in an entry that is not XML, which only the
		// zip reader's own size check can catch.
		{"10 4 GiB image declared 1 KiB", func() []byte { return badfile.BombAt("xl/media/image1.png", 4*gib, 1024) }, xlsx.Options{}, xlsx.ErrCorrupt},
		{"10 1 KiB image declared 60 MiB", func() []byte { return badfile.BombAt("xl/media/image1.png", 1024, 60<<20) }, xlsx.Options{}, xlsx.ErrCorrupt},
		{"9 4 GiB image, honest header", func() []byte { return badfile.BombAt("xl/media/image1.png", 4*gib, 4*gib) }, xlsx.Options{}, xlsx.ErrTooLarge},
		{"9 256 MiB image besides the workbook", func() []byte { return badfile.BombAt("xl/media/image1.png", 256<<20, 256<<20) }, xlsx.Options{}, xlsx.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.build()
			if len(data) > 8<<20 {
				t.Fatalf("bomb is %d bytes", len(data))
			}
			var wb *xlsx.Workbook
			var err error
			start := time.Now()
			alloc := memDelta(func() { wb, err = openBytes(t, data, tt.opts) })
			t.Logf("%d-byte bomb judged in %v, %d KiB allocated", len(data), time.Since(start), alloc>>10)
			wantOpenErr(t, wb, err, tt.want)
			if alloc > 64<<20 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
		})
	}
}

// The bombs inflate to what they claim: checks the generator, not the reader.
func TestBadfileZerosInflate(t *testing.T) {
	for _, n := range []int64{0, 1, 1000, 1 << 20, 3<<20 + 17} {
		stream, crc := badfile.Zeros(n)
		data := badfile.ZipRaw(nil, badfile.RawEntry{Name: "z", Deflated: stream, CRC32: crc, Size: uint64(n)})
		entries, err := badfile.Entries(data)
		if err != nil {
			t.Fatalf("Zeros(%d): %v", n, err)
		}
		if got := entries[0].Data; int64(len(got)) != n || bytes.Count(got, []byte{0}) != len(got) {
			t.Errorf("Zeros(%d) inflates to %d bytes", n, len(got))
		}
	}
	if !bytes.Equal(badfile.Bomb(3<<20), badfile.Bomb(3<<20)) {
		t.Error("Bomb is not deterministic")
	}
}

// Kind 10: headers of a valid workbook patched to lie, and a bad checksum.
func TestBadInputLyingHeaders(t *testing.T) {
	valid := readTestdata(t, "haizhu-kexie-2023.xlsx")
	const sheet = "xl/worksheets/sheet2.xml" // 16427 bytes inflated
	tests := []struct {
		name  string
		patch func([]byte) ([]byte, error)
		want  error
	}{
		{"declared 10 bytes", func(b []byte) ([]byte, error) { return badfile.PatchSize(b, sheet, 10) }, xlsx.ErrCorrupt},
		{"declared 0 bytes", func(b []byte) ([]byte, error) { return badfile.PatchSize(b, sheet, 0) }, xlsx.ErrCorrupt},
		{"declared one byte short", func(b []byte) ([]byte, error) { return badfile.PatchSize(b, sheet, 16426) }, xlsx.ErrCorrupt},
		{"declared one byte more", func(b []byte) ([]byte, error) { return badfile.PatchSize(b, sheet, 16428) }, xlsx.ErrCorrupt},
		{"declared 60 MiB", func(b []byte) ([]byte, error) { return badfile.PatchSize(b, sheet, 60<<20) }, xlsx.ErrCorrupt},
		{"declared 4 GiB - 1", func(b []byte) ([]byte, error) { return badfile.PatchSize(b, sheet, 1<<32-2) }, xlsx.ErrTooLarge},
		{"bad CRC-32", func(b []byte) ([]byte, error) { return badfile.PatchCRC(b, sheet, 0xDEADBEEF) }, xlsx.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := tt.patch(valid)
			if err != nil {
				t.Fatal(err)
			}
			wb, err := openBytes(t, data, xlsx.Options{})
			wantOpenErr(t, wb, err, tt.want)
		})
	}
	t.Run("too many entries", func(t *testing.T) {
		wb, err := openBytes(t, badfile.ManyEntries(xlsx.DefaultMaxEntries), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrTooLarge)
	})
}

// Kind 11: a worksheet's XML cut short inside an intact zip must not read
// as a shorter sheet.
func TestBadInputCorruptSheetXML(t *testing.T) {
	valid := readTestdata(t, "haizhu-kexie-2023.xlsx")
	const sheet = "xl/worksheets/sheet1.xml"
	entries, err := badfile.Entries(valid)
	if err != nil {
		t.Fatal(err)
	}
	var xmlText string
	for _, e := range entries {
		if e.Name == sheet {
			xmlText = string(e.Data)
		}
	}
	afterRow := strings.Index(xmlText, "</row>") + len("</row>")
	midRow := strings.Index(xmlText[afterRow:], "<c ") + afterRow + 10
	sheetData := strings.Index(xmlText, "<sheetData>") + len("<sheetData>")
	endSheetData := strings.Index(xmlText, "</sheetData>") + len("</sheetData>")
	tests := []struct {
		name string
		edit func(string) string
		want error
	}{
		{"cut mid-row", func(s string) string { return s[:midRow] }, xlsx.ErrCorrupt},
		{"cut after a row", func(s string) string { return s[:afterRow] }, xlsx.ErrCorrupt},
		{"cut after <sheetData>", func(s string) string { return s[:sheetData] }, xlsx.ErrCorrupt},
		{"cut after </sheetData>", func(s string) string { return s[:endSheetData] }, xlsx.ErrCorrupt},
		{"cut in half", func(s string) string { return s[:len(s)/2] }, xlsx.ErrCorrupt},
		{"cut to nothing", func(string) string { return "" }, xlsx.ErrCorrupt},
		{"only the declaration", func(s string) string { return s[:strings.Index(s, "?>")+2] }, xlsx.ErrCorrupt},
		{"unclosed cell", func(s string) string { return strings.Replace(s, "</c>", "", 1) }, xlsx.ErrCorrupt},
		{"mismatched tag", func(s string) string { return strings.Replace(s, "</row>", "</rowx>", 1) }, xlsx.ErrCorrupt},
		{"garbage bytes in a row", func(s string) string { return s[:midRow] + "\x00\x01<<&&" + s[midRow:] }, xlsx.ErrCorrupt},
		{"not XML at all", func(string) string { return "部门整体支出绩效自评表" }, xlsx.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := badfile.EditEntry(valid, sheet, func(b []byte) []byte { return []byte(tt.edit(string(b))) })
			if err != nil {
				t.Fatal(err)
			}
			wb, err := openBytes(t, data, xlsx.Options{})
			wantOpenErr(t, wb, err, tt.want)
		})
	}
	t.Run("shared strings cut short", func(t *testing.T) {
		data, err := badfile.EditEntry(valid, "xl/sharedStrings.xml", func(b []byte) []byte { return b[:len(b)/2] })
		if err != nil {
			t.Fatal(err)
		}
		wb, err := openBytes(t, data, xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
	})
	t.Run("workbook part cut short", func(t *testing.T) {
		data, err := badfile.EditEntry(valid, "xl/workbook.xml", func(b []byte) []byte { return b[:len(b)/2] })
		if err != nil {
			t.Fatal(err)
		}
		wb, err := openBytes(t, data, xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
	})
}

// Kinds 12, 13 and cells: limits of Options.
func TestBadInputLimits(t *testing.T) {
	sheets := func(n int) []badfile.Sheet {
		out := make([]badfile.Sheet, n)
		for i := range out {
			out[i] = badfile.Sheet{Name: "表" + strconv.Itoa(i+1), Data: badfile.NumberRows(1)}
		}
		return out
	}
	wideRows := func(n int) string {
		var b strings.Builder
		for r := 1; r <= n; r++ {
			s := strconv.Itoa(r)
			b.WriteString(`<row r="` + s + `"><c r="XFD` + s + `"><v>1</v></c></row>`)
		}
		return b.String()
	}
	tests := []struct {
		name   string
		book   badfile.Book
		opts   xlsx.Options
		want   error // nil: reads
		sheets int
		rows   int
	}{
		{"12 4 sheets, limit 3", badfile.Book{Sheets: sheets(4)}, xlsx.Options{MaxSheets: 3}, xlsx.ErrTooLarge, 0, 0},
		{"12 3 sheets, limit 3", badfile.Book{Sheets: sheets(3)}, xlsx.Options{MaxSheets: 3}, nil, 3, 1},
		{"12 257 sheets, default limit", badfile.Book{Sheets: sheets(xlsx.DefaultMaxSheets + 1)}, xlsx.Options{}, xlsx.ErrTooLarge, 0, 0},
		{"12 2 sheets, no limit", badfile.Book{Sheets: sheets(2)}, xlsx.Options{MaxSheets: -1}, nil, 2, 1},
		{"13 11 rows, limit 10", badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(11)}}}, xlsx.Options{MaxRows: 10}, xlsx.ErrTooLarge, 0, 0},
		{"13 10 rows, limit 10", badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(10)}}}, xlsx.Options{MaxRows: 10}, nil, 1, 10},
		{"13 a row numbered past the limit", badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: `<row r="11"><c r="A11"><v>1</v></c></row>`}}}, xlsx.Options{MaxRows: 10}, xlsx.ErrTooLarge, 0, 0},
		{"13 50001 rows, default limit", badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(xlsx.DefaultMaxRows + 1)}}}, xlsx.Options{}, xlsx.ErrTooLarge, 0, 0},
		{"13 62 rows to XFD, default cell limit", badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: wideRows(62)}}}, xlsx.Options{}, xlsx.ErrTooLarge, 0, 0},
		{"13 2 rows to XFD, limit 30000 cells", badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: wideRows(2)}}}, xlsx.Options{MaxCells: 30000}, xlsx.ErrTooLarge, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb, err := openBytes(t, tt.book.Bytes(), tt.opts)
			if tt.want != nil {
				wantOpenErr(t, wb, err, tt.want)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(wb.Sheets) != tt.sheets || wb.Sheets[0].Rows() != tt.rows {
				t.Errorf("%d sheets, %d rows; want %d, %d", len(wb.Sheets), wb.Sheets[0].Rows(), tt.sheets, tt.rows)
			}
		})
	}
}

// lazyZeros is a huge file that must never be read.
type lazyZeros struct{ t *testing.T }

func (z lazyZeros) ReadAt(p []byte, off int64) (int, error) {
	z.t.Errorf("ReadAt(%d bytes at %d) on a file over the size limit", len(p), off)
	clear(p)
	return len(p), nil
}

// Kind 14: files over Options.MaxFileSize are refused before being read.
func TestBadInputFileSize(t *testing.T) {
	valid := validBook(t)
	wb, err := openBytes(t, valid, xlsx.Options{MaxFileSize: int64(len(valid)) - 1})
	wantOpenErr(t, wb, err, xlsx.ErrTooLarge)
	if _, err := openBytes(t, valid, xlsx.Options{MaxFileSize: int64(len(valid))}); err != nil {
		t.Errorf("file of exactly the limit: %v", err)
	}
	wb, err = xlsx.OpenReaderAt(context.Background(), lazyZeros{t}, -1, "upload.xlsx", xlsx.Options{})
	wantOpenErr(t, wb, err, xlsx.ErrCorrupt) // a caller's mistake, but no panic
	for _, size := range []int64{xlsx.DefaultMaxFileSize + 1, 1 << 40, 1<<63 - 1} {
		var wb *xlsx.Workbook
		var err error
		alloc := memDelta(func() {
			wb, err = xlsx.OpenReaderAt(context.Background(), lazyZeros{t}, size, "upload.xlsx", xlsx.Options{})
		})
		wantOpenErr(t, wb, err, xlsx.ErrTooLarge)
		if alloc > 1<<20 {
			t.Errorf("size %d: allocated %d bytes before refusing", size, alloc)
		}
	}
	// Open checks the size from the file system.
	path := filepath.Join(t.TempDir(), "big.xlsx")
	if err := os.WriteFile(path, valid, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := xlsx.Open(context.Background(), path, xlsx.Options{MaxFileSize: 100}); !errors.Is(err, xlsx.ErrTooLarge) {
		t.Errorf("Open: error = %v, want ErrTooLarge", err)
	}
}

// Kind 15: a merged range over the whole sheet reads fast, clamped to the
// cells the sheet has; one that would need more cells than MaxCells is
// refused rather than filled.
func TestBadInputHugeMerge(t *testing.T) {
	const whole = `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`
	small := badfile.Book{
		SharedStrings: []string{"年度资金总额"},
		Sheets: []badfile.Sheet{{Name: "S", After: whole, Data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` +
			`<row r="2"><c r="B2"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>`}},
	}
	var wb *xlsx.Workbook
	var err error
	alloc := memDelta(func() { wb, err = openBytes(t, small.Bytes(), xlsx.Options{}) })
	if err != nil {
		t.Fatal(err)
	}
	if alloc > 32<<20 {
		t.Errorf("allocated %d MiB", alloc>>20)
	}
	s := wb.Sheets[0]
	want := [][]string{
		{"年度资金总额", "年度资金总额", "年度资金总额"},
		{"年度资金总额", "年度资金总额", "年度资金总额"},
		{"年度资金总额", "年度资金总额", "年度资金总额"},
	}
	if diff := cmp.Diff(want, sheetTexts(s)); diff != "" {
		t.Errorf("cells mismatch (-want +got):\n%s", diff)
	}
	wantRanges := []xlsx.Range{{Sheet: "S", FromCol: 1, FromRow: 1, ToCol: 3, ToRow: 3}}
	if diff := cmp.Diff(wantRanges, s.MergedRanges()); diff != "" {
		t.Errorf("merged ranges mismatch (-want +got):\n%s", diff)
	}

	// A cell at XFD1 and one at A2000: filling the merge would take
	// 16384 × 2000 = 32 million cells.
	wide := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", After: whole,
		Data: `<row r="1"><c r="XFD1"><v>1</v></c></row><row r="2000"><c r="A2000"><v>2</v></c></row>`}}}
	alloc = memDelta(func() { wb, err = openBytes(t, wide.Bytes(), xlsx.Options{}) })
	wantOpenErr(t, wb, err, xlsx.ErrTooLarge)
	if alloc > 64<<20 {
		t.Errorf("allocated %d MiB", alloc>>20)
	}
}

// Kind 16: numbers too long or too large for a decimal are kept as text,
// cheaply.
func TestBadInputHugeNumbers(t *testing.T) {
	long := strings.Repeat("9", 300)
	book := badfile.Book{
		SharedStrings: []string{"1E1000000000", long},
		Sheets: []badfile.Sheet{{Name: "S", Data: `<row r="1">` +
			`<c r="A1"><v>1E1000000000</v></c>` +
			`<c r="B1"><v>` + long + `</v></c>` +
			`<c r="C1" s="1"><v>-1E-1000000000</v></c>` +
			`<c r="D1" s="2"><v>1e400</v></c>` +
			`<c r="E1" t="s"><v>0</v></c>` +
			`<c r="F1" t="s"><v>1</v></c>` +
			`<c r="G1" t="inlineStr"><is><t>1E1000000000万</t></is></c>` +
			`<c r="H1" t="str"><f>"1E"&amp;"1000000000"</f><v>1E1000000000</v></c>` +
			`<c r="I1"><v>283.79</v></c>` +
			`</row>`}},
	}
	var wb *xlsx.Workbook
	var err error
	alloc := memDelta(func() { wb, err = openBytes(t, book.Bytes(), xlsx.Options{}) })
	if err != nil {
		t.Fatal(err)
	}
	if alloc > 32<<20 {
		t.Errorf("allocated %d MiB reading 9 cells", alloc>>20)
	}
	s := wb.Sheets[0]
	want := []string{"1E1000000000", long, "-1E-1000000000", "1e400", "1E1000000000", long, "1E1000000000万", "1E1000000000"}
	for i, text := range want {
		c := s.Cell(i+1, 1)
		if c == nil || c.Text != text || c.Kind != xlsx.Text {
			t.Errorf("column %d: %+v, want text %.20q… of Kind Text", i+1, c, text)
		}
	}
	if c := s.Cell(9, 1); !c.IsNumber() || c.Value.String() != "283.79" {
		t.Errorf("I1 = %+v, want the number 283.79", c)
	}
}

// Kind 17: malformed cells that have made excelize panic (negative or
// out-of-range style and shared-string indexes, cells and rows out of
// order, bad references, empty merge references). Each either reads, with
// the result given here, or fails with ErrCorrupt; none panics. Cells or
// rows out of order are read by their references; a cell or row given
// twice, and shared-string indexes that name no string, which excelize
// would read as empty cells, are ErrCorrupt: Excel itself repairs such files.
func TestBadInputMalformedCells(t *testing.T) {
	tests := []struct {
		name  string
		data  string // inside <sheetData>
		after string
		want  [][]string // nil with err
		err   error
		check func(*testing.T, *xlsx.Sheet) // instead of want
	}{
		{name: "style index past cellXfs", data: `<row r="1"><c r="A1" s="999999"><v>1.5</v></c></row>`, want: [][]string{{"1.5"}}},
		{name: "negative style index", data: `<row r="1"><c r="A1" s="-1"><v>1.5</v></c></row>`, want: [][]string{{"1.5"}}},
		{name: "style index overflowing int", data: `<row r="1"><c r="A1" s="99999999999999999999"><v>1.5</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "non-numeric style index", data: `<row r="1"><c r="A1" s="x"><v>1.5</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "negative shared-string index", data: `<row r="1"><c r="A1" t="s"><v>-1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "shared-string index past the table", data: `<row r="1"><c r="A1" t="s"><v>5</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "non-numeric shared-string index", data: `<row r="1"><c r="A1" t="s"><v>x</v></c></row>`, err: xlsx.ErrCorrupt},
		// Issue 12: cells and rows out of order, each with its reference,
		// are read by their references, as LibreOffice, openpyxl and
		// excelize read them; a cell or row given twice is an error.
		{name: "cells out of order", data: `<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>`, want: [][]string{{"1", "", "3"}}},
		{name: "cells out of order, then one without a reference", data: `<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c><v>2</v></c></row>`, want: [][]string{{"1", "2", "3"}}},
		{name: "cells in reverse order", data: `<row r="1"><c r="D1"><v>4</v></c><c r="C1"><v>3</v></c><c r="B1"><v>2</v></c><c r="A1"><v>1</v></c></row>`, want: [][]string{{"1", "2", "3", "4"}}},
		{name: "rows out of order", data: `<row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="B1"><v>1</v></c></row>`, want: [][]string{{"", "1"}, nil, {"3"}}},
		{name: "rows and cells out of order", data: `<row r="2"><c r="B2"><v>4</v></c><c r="A2"><v>3</v></c></row><row r="1"><c r="B1"><v>2</v></c><c r="A1"><v>1</v></c></row>`, want: [][]string{{"1", "2"}, {"3", "4"}}},
		{name: "a row out of order given twice", data: `<row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "a cell out of order given twice", data: `<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "duplicate cell", data: `<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "duplicate row", data: `<row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c r="B1"><v>2</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "cell in another row", data: `<row r="1"><c r="A2"><v>1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "column past XFD", data: `<row r="1"><c r="XFE1"><v>1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "row past the last", data: `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "row 0", data: `<row r="0"><c r="A0"><v>1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "negative row", data: `<row r="-1"><c r="A1"><v>1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "bad cell reference", data: `<row r="1"><c r="1A"><v>1</v></c></row>`, err: xlsx.ErrCorrupt},
		{name: "cells without references", data: `<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`, want: [][]string{{"1", "2"}, {"3"}}},
		{name: "empty merge reference", data: `<row r="1"><c r="A1"><v>1</v></c></row>`, after: `<mergeCells count="1"><mergeCell ref=""/></mergeCells>`, err: xlsx.ErrCorrupt},
		{name: "merge of one cell", data: `<row r="1"><c r="A1"><v>1</v></c></row>`, after: `<mergeCells count="1"><mergeCell ref="A1"/></mergeCells>`, want: [][]string{{"1"}}},
		{name: "reversed merge", data: `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>`, after: `<mergeCells count="1"><mergeCell ref="B2:A1"/></mergeCells>`, want: [][]string{{"1", "1"}, {"1", "1"}}},
		{name: "merge past XFD", data: `<row r="1"><c r="A1"><v>1</v></c></row>`, after: `<mergeCells count="1"><mergeCell ref="A1:XFE2"/></mergeCells>`, err: xlsx.ErrCorrupt},
		{name: "boolean 2", data: `<row r="1"><c r="A1" t="b"><v>2</v></c></row>`, want: [][]string{{"2"}}},
		{name: "bad date", data: `<row r="1"><c r="A1" t="d"><v>not a date</v></c></row>`, want: [][]string{{"not a date"}}},
		{name: "unknown type", data: `<row r="1"><c r="A1" t="zz"><v>7</v></c></row>`, want: [][]string{{"7"}}},
		{name: "formula without cache over the whole sheet", data: `<row r="1"><c r="A1"><f>SUM(A2:XFD1048576)</f></c></row><row r="2"><c r="A2"><v>2</v></c></row>`, want: [][]string{{"2"}, {"2"}}},
		{name: "shared formula without its master", data: `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" si="7"/></c></row>`, want: [][]string{{"1", ""}}},
		// A circular reference is not computed: both cells say so.
		{name: "circular formulas without cache", data: `<row r="1"><c r="A1"><f>B1+1</f></c><c r="B1"><f>A1+1</f></c></row>`, check: func(t *testing.T, s *xlsx.Sheet) {
			for col := 1; col <= 2; col++ {
				if c := s.Cell(col, 1); c == nil || c.Computed || c.Formula == "" || c.Kind != xlsx.Uncalculated || c.CalcFailure != xlsx.CalcCycle {
					t.Errorf("column %d: %+v, want an uncalculated formula cell in a cycle", col, c)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book := badfile.Book{
				SharedStrings: []string{"唯一的字符串"},
				Sheets:        []badfile.Sheet{{Name: "S", Data: tt.data, After: tt.after}},
			}
			wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
			if tt.err != nil {
				wantOpenErr(t, wb, err, tt.err)
				return
			}
			if err != nil {
				t.Fatalf("error = %v, want a workbook", err)
			}
			if tt.check != nil {
				tt.check(t, wb.Sheets[0])
				return
			}
			if diff := cmp.Diff(tt.want, sheetTexts(wb.Sheets[0])); diff != "" {
				t.Errorf("cells mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Sheets that cost far more to read than their size: rows to column XFD,
// tens of thousands of merged ranges, and formulas without a cached value
// that would build gigabyte strings if computed.
func TestBadInputCostly(t *testing.T) {
	wide := func(rows int) string {
		var b strings.Builder
		for r := 1; r <= rows; r++ {
			s := strconv.Itoa(r)
			b.WriteString(`<row r="` + s + `"><c r="XFD` + s + `"><v>1</v></c></row>`)
		}
		return b.String()
	}
	merges := func(n int) string {
		var b strings.Builder
		b.WriteString(`<mergeCells>`)
		for i := 1; i <= n; i++ {
			s := strconv.Itoa(i)
			b.WriteString(`<mergeCell ref="A` + s + `:B` + s + `"/>`)
		}
		b.WriteString(`</mergeCells>`)
		return b.String()
	}
	t.Run("rows to XFD", func(t *testing.T) {
		book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: wide(60)}}}
		wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrTooLarge)
	})
	t.Run("10001 merged ranges", func(t *testing.T) {
		book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(10), After: merges(10_001)}}}
		wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrTooLarge)
	})
	t.Run("1000 merged ranges read", func(t *testing.T) {
		book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(1000), After: merges(1000)}}}
		wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(wb.Sheets[0].MergedRanges()); got != 1000 {
			t.Errorf("%d merged ranges, want 1000", got)
		}
	})

	// A chain of 30 cells, each the one to its right twice over: computed,
	// A1 would hold 2³⁰ characters.
	var chain strings.Builder
	chain.WriteString(`<row r="1">`)
	for i := 1; i < 30; i++ {
		next := badfile.ColumnName(i + 1)
		chain.WriteString(`<c r="` + badfile.ColumnName(i) + `1"><f>` + next + `1&amp;` + next + `1</f></c>`)
	}
	chain.WriteString(`<c r="AD1" t="inlineStr"><is><t>xx</t></is></c></row>`)
	tests := []struct {
		name string
		data string
		want map[string]string // cell → text
		fail map[string]xlsx.CalcFailure
	}{
		{"REPT of a billion", `<row r="1"><c r="A1"><f>REPT("x",1000000000)</f></c></row>`, nil, map[string]xlsx.CalcFailure{"A1": xlsx.CalcUnsupported}},
		{"nested REPT", `<row r="1"><c r="A1"><f>LEN(REPT(REPT("x",30000),30000))</f></c></row>`, nil, map[string]xlsx.CalcFailure{"A1": xlsx.CalcUnsupported}},
		{"doubling chain", chain.String(), map[string]string{"AD1": "xx"}, map[string]xlsx.CalcFailure{"A1": xlsx.CalcUnsupported, "AC1": xlsx.CalcUnsupported}},
		{"& inside a string is text", `<row r="1"><c r="A1"><f>IF(B1&gt;1,"A&amp;B",0)</f></c><c r="B1"><v>2</v></c></row>`, map[string]string{"A1": "A&B"}, nil},
		{"sums are computed", `<row r="1"><c r="A1"><f>ROUND(SUM(B1:C1)/_xlfn.AVERAGE(B1,C1),2)</f></c><c r="B1"><v>1.5</v></c><c r="C1"><v>2</v></c></row>`, map[string]string{"A1": "2"}, nil},
		{"quoted sheet names are not text", `<row r="1"><c r="A1"><f>SUM('S'!B1:C1)</f></c><c r="B1"><v>1</v></c><c r="C1"><v>2</v></c></row>`, map[string]string{"A1": "3"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: tt.data}}}
			var wb *xlsx.Workbook
			var err error
			alloc := memDelta(func() { wb, err = openBytes(t, book.Bytes(), xlsx.Options{}) })
			if err != nil {
				t.Fatal(err)
			}
			if alloc > 64<<20 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
			for a1, want := range tt.want {
				col, row, _ := xlsx.ParseA1(a1)
				c := wb.Sheets[0].Cell(col, row)
				if c == nil || c.Text != want || c.CalcFailure != xlsx.CalcOK {
					t.Errorf("%s = %+v, want %q", a1, c, want)
				} else if c.Formula != "" && !c.Computed {
					t.Errorf("%s: formula %q not marked Computed", a1, c.Formula)
				}
			}
			for a1, want := range tt.fail {
				col, row, _ := xlsx.ParseA1(a1)
				c := wb.Sheets[0].Cell(col, row)
				if c == nil || c.Kind != xlsx.Uncalculated || c.Text != "" || c.Computed || c.CalcFailure != want {
					t.Errorf("%s = %+v, want Uncalculated, %v", a1, c, want)
				}
			}
		})
	}
}

// countdownCtx is a context that is cancelled after its Err has been asked
// for n times: cancellation at a chosen point of the reading, without timing.
type countdownCtx struct {
	context.Context
	n int
}

func (c *countdownCtx) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// Kind 18: a context already cancelled, or cancelled while reading.
func TestBadInputContext(t *testing.T) {
	valid := readTestdata(t, "haizhu-kexie-2023.xlsx")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	wb, err := openCtx(t, ctx, valid, xlsx.Options{})
	wantOpenErr(t, wb, err, context.Canceled)

	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	wb, err = openCtx(t, ctx, valid, xlsx.Options{})
	wantOpenErr(t, wb, err, context.DeadlineExceeded)

	// Cancelled between sheets, and while streaming a long sheet.
	many := badfile.Book{Sheets: []badfile.Sheet{{Name: "A", Data: badfile.NumberRows(3000)}, {Name: "B", Data: badfile.NumberRows(3000)}}}.Bytes()
	for n := 1; n <= 4; n++ {
		wb, err = openCtx(t, &countdownCtx{Context: context.Background(), n: n}, many, xlsx.Options{})
		wantOpenErr(t, wb, err, context.Canceled)
	}
	// The test itself is sound: without cancellation the book reads.
	if _, err := openCtx(t, &countdownCtx{Context: context.Background(), n: 1 << 30}, many, xlsx.Options{}); err != nil {
		t.Fatal(err)
	}
}

// The valid workbooks read, so that the failures above are the damage's.
func TestBadInputBaselines(t *testing.T) {
	for _, name := range []string{"haizhu-kexie-2023.xlsx", "haizhu-kexie-2023-nocache.xlsx", "haizhu-kexie-2023-as-reported.xlsx"} {
		if _, err := openBytes(t, readTestdata(t, name), xlsx.Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	wb, err := openBytes(t, validBook(t, "甲", "乙"), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Sheets) != 2 || wb.Sheet("乙").Cell(1, 3).Text != "项目3" {
		t.Errorf("excelize-made book read wrong: %d sheets", len(wb.Sheets))
	}
	book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(3)}}}
	wb, err = openBytes(t, book.Bytes(), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{"1"}, {"2"}, {"3"}}, sheetTexts(wb.Sheets[0])); diff != "" {
		t.Errorf("badfile.Book read wrong (-want +got):\n%s", diff)
	}
	if !bytes.Equal(book.Bytes(), book.Bytes()) {
		t.Error("Book.Bytes is not deterministic")
	}
}

// fuzzOptions keep each run of the fuzzer small.
var fuzzOptions = xlsx.Options{MaxUnzipSize: 16 << 20, MaxRows: 2000, MaxCells: 100_000, MaxSheets: 16}

// checkOpenResult: either a workbook or an *OpenError wrapping a sentinel.
func checkOpenResult(t *testing.T, wb *xlsx.Workbook, err error) {
	t.Helper()
	if err != nil {
		var oe *xlsx.OpenError
		if !errors.As(err, &oe) {
			t.Fatalf("error %T %v is not an *OpenError", err, err)
		}
		switch {
		case errors.Is(err, xlsx.ErrNotXLSX), errors.Is(err, xlsx.ErrLegacyXLS), errors.Is(err, xlsx.ErrEncrypted),
			errors.Is(err, xlsx.ErrTooLarge), errors.Is(err, xlsx.ErrCorrupt):
		default:
			t.Fatalf("error %v wraps no sentinel", err)
		}
		if wb != nil {
			t.Fatal("workbook along with an error")
		}
		return
	}
	if wb == nil {
		t.Fatal("no workbook and no error")
	}
	for _, s := range wb.Sheets {
		if s.Rows() > fuzzOptions.MaxRows {
			t.Fatalf("sheet %q has %d rows", s.Name, s.Rows())
		}
		cells := 0
		for r := 1; r <= s.Rows(); r++ {
			for _, c := range s.Row(r) {
				cells++
				if c.Ref.Row != r || c.Ref.Sheet != s.Name {
					t.Fatalf("cell %v in row %d of %q", c.Ref, r, s.Name)
				}
				if c.Kind == xlsx.Number && c.Value.Places < 0 {
					t.Fatalf("cell %v: %d places", c.Ref, c.Value.Places)
				}
			}
		}
		if cells > fuzzOptions.MaxCells {
			t.Fatalf("sheet %q has %d cells", s.Name, cells)
		}
	}
}

// FuzzOpen: whatever the bytes, OpenReaderAt returns a workbook or an
// *OpenError, and never panics.
func FuzzOpen(f *testing.F) {
	for _, name := range []string{"haizhu-kexie-2023.xlsx", "haizhu-kexie-2023-nocache.xlsx", "haizhu-kexie-2023-as-reported.xlsx"} {
		f.Add(readTestdata(f, name))
	}
	f.Add(validBook(f))
	for _, s := range badfile.Samples(readTestdata(f, "haizhu-kexie-2023.xlsx")) {
		f.Add(s.Data)
	}
	f.Add(badfile.Book{
		SharedStrings: []string{"年度资金总额"},
		Sheets: []badfile.Sheet{{Name: "S", Data: `<row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" s="2"><v>0.76</v></c></row>` +
			`<row r="2"><c r="A2"><f>SUM(B1:B1)</f></c></row>`, After: `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`}},
	}.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "fuzz.xlsx", fuzzOptions)
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("took %v", d)
		}
		checkOpenResult(t, wb, err)
	})
}

// FuzzSheetXML fuzzes the XML of a worksheet (and its shared strings) inside
// a valid package, where FuzzOpen's mutations rarely reach.
func FuzzSheetXML(f *testing.F) {
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>283.79</v></c></row>`, `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`, "年度资金总额")
	f.Add(`<row r="2"><c r="C2" s="2"><f>SUM(B1:B1)</f></c><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>`, "", "")
	f.Add(`<row><c><v>1E1000000000</v></c><c t="b"><v>1</v></c></row>`, `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`, "a")
	f.Add(`<row r="1"><c r="A1" t="s"><v>-1</v></c></row>`, "", "")
	f.Fuzz(func(t *testing.T, data, after, sst string) {
		book := badfile.Book{SharedStrings: []string{sst, "其中：财政拨款"}, Sheets: []badfile.Sheet{{Name: "S", Data: data, After: after}}}
		start := time.Now()
		wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(book.Bytes()), int64(len(book.Bytes())), "fuzz.xlsx", fuzzOptions)
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("took %v", d)
		}
		checkOpenResult(t, wb, err)
	})
}
