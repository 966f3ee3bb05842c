package xlsx_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jixiao-go/jixiao/xlsx"
)

func ExampleOpen() {
	wb, err := xlsx.Open(context.Background(), "../testdata/haizhu-kexie-2023-nocache.xlsx", xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := wb.Sheet("部门整体支出绩效自评表")
	c := s.Cell(4, 18) // D18, =SUM(D16:D17) saved without its result
	fmt.Println(c.Ref, c.Formula, c.Computed, c.Value)
	fmt.Println(s.FindLabel("商品和服务支出").Ref.A1())
	// Output:
	// 部门整体支出绩效自评表!D18 SUM(D16:D17) true 61.74
	// D15
}

func ExampleOpenReaderAt_notAWorkbook() {
	csv := strings.NewReader("项目,年初预算数\n年度资金总额,283.79\n")
	_, err := xlsx.OpenReaderAt(context.Background(), csv, csv.Size(), "upload.xlsx", xlsx.Options{})
	fmt.Println(errors.Is(err, xlsx.ErrNotXLSX))
	var oe *xlsx.OpenError
	if errors.As(err, &oe) {
		fmt.Println(oe.Message("zh"))
	}
	// Output:
	// true
	// upload.xlsx：不是 Excel 工作簿（.xlsx），请用财政局标准模板另存为 .xlsx 后重新提交
}

// A Scratch reads workbooks one after another into the same memory; each
// workbook is done with before the next is read.
func ExampleScratch() {
	var scratch xlsx.Scratch
	for _, path := range []string{"../testdata/haizhu-kexie-2023.xlsx", "../testdata/haizhu-kexie-2023-as-reported.xlsx"} {
		wb, err := scratch.Open(context.Background(), path, xlsx.Options{})
		if err != nil {
			fmt.Println(err)
			return
		}
		c := wb.Sheet("部门整体支出绩效自评表").Cell(4, 16) // D16
		fmt.Println(c.Ref, c.Value)
	}
	// Output:
	// 部门整体支出绩效自评表!D16 14.74
	// 部门整体支出绩效自评表!D16 61.74
}
