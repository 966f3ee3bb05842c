package xlsxwrite_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

// A book written, read back, and annotated from the bytes already read.
func Example() {
	b := xlsxwrite.NewBook()
	s := b.AddSheet("数据")
	s.SetText("A1", "合计", xlsxwrite.CellStyle{Bold: true})
	s.SetNumber("B1", "283.79", xlsxwrite.CellStyle{NumFmt: "0.00"})
	var file bytes.Buffer
	if _, err := b.WriteTo(&file); err != nil {
		panic(err)
	}
	pkg, err := xlsx.Plaintext(file.Bytes(), "data.xlsx", xlsx.Options{})
	if err != nil {
		panic(err)
	}
	var annotated bytes.Buffer
	note := xlsxwrite.Note{Ref: xlsx.Ref{Sheet: "数据", Col: 2, Row: 1}, Text: "应为 236.79", Fill: xlsxwrite.FillRed}
	if err := xlsxwrite.Annotate(&annotated, pkg, []xlsxwrite.Note{note}, nil, xlsxwrite.AnnotateOptions{}); err != nil {
		panic(err)
	}
	wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(annotated.Bytes()), int64(annotated.Len()), "annotated.xlsx", xlsx.Options{})
	if err != nil {
		panic(err)
	}
	c := wb.Sheets[0].At(xlsx.Ref{Sheet: "数据", Col: 2, Row: 1})
	fmt.Println(wb.Sheets[0].Name, c.Text, c.Value)
	// Output:
	// 数据 283.79 283.79
}
