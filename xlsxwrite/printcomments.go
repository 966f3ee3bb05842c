package xlsxwrite

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// printComments makes the comments of an annotated workbook print, after
// each sheet that has them (pageSetup cellComments="atEnd"), which excelize
// has no option for: every worksheet part with comments (a legacyDrawing)
// and a pageSetup gets the attribute. The package is otherwise copied as
// it is.
func printComments(pkg []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, fmt.Errorf("xlsxwrite: %w", err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		data, err := readEntry(f)
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(f.Name, "xl/worksheets/") && strings.HasSuffix(f.Name, ".xml") && bytes.Contains(data, []byte("<legacyDrawing")) {
			data = commentsAtEnd(data)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method, Modified: f.Modified})
		if err != nil {
			return nil, fmt.Errorf("xlsxwrite: %w", err)
		}
		if _, err := w.Write(data); err != nil {
			return nil, fmt.Errorf("xlsxwrite: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("xlsxwrite: %w", err)
	}
	return out.Bytes(), nil
}

// pageSetupTag is a worksheet's pageSetup element, and the cellComments
// attribute in it.
var (
	pageSetupTag = regexp.MustCompile(`<pageSetup\b[^>]*>`)
	cellComments = regexp.MustCompile(`\scellComments="[^"]*"`)
)

// commentsAtEnd sets cellComments="atEnd" on a worksheet's pageSetup.
func commentsAtEnd(sheet []byte) []byte {
	loc := pageSetupTag.FindIndex(sheet)
	if loc == nil {
		return sheet
	}
	tag := cellComments.ReplaceAll(sheet[loc[0]:loc[1]], nil)
	tag = bytes.Replace(tag, []byte("<pageSetup"), []byte(`<pageSetup cellComments="atEnd"`), 1)
	out := make([]byte, 0, len(sheet)+len(`cellComments="atEnd" `))
	out = append(append(append(out, sheet[:loc[0]]...), tag...), sheet[loc[1]:]...)
	return out
}

func readEntry(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("xlsxwrite: %s: %w", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("xlsxwrite: %s: %w", f.Name, err)
	}
	return data, nil
}
