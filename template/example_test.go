package template_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/jixiao-go/jixiao/template"
	"github.com/jixiao-go/jixiao/xlsx"
)

func ExampleWrite() {
	var buf bytes.Buffer
	if err := template.Write(&buf, template.Department); err != nil {
		fmt.Println(err)
		return
	}
	wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), "部门.xlsx", xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range wb.Sheets {
		fmt.Println(s.Name)
	}
	dept := wb.Sheet(template.DepartmentSheet)
	for _, a1 := range []string{"A8", "B8", "E8", "A10", "D16", "B17"} {
		col, row, _ := xlsx.ParseA1(a1)
		c := dept.Cell(col, row)
		fmt.Printf("%s %q =%s\n", a1, c.Text, c.Formula)
	}
	score := wb.Sheet(template.ScoreSheet)
	// Rows 4 to 12 wait for the department's own 履职效能 indicators; the 16
	// standard ones of 管理效率 follow.
	fmt.Println(score.Cell(1, 4).Text, score.Cell(2, 4).Text, score.Cell(3, 13).Text, score.Cell(4, 13).Text, score.Cell(1, 29).Text, score.Cell(4, 29).Formula)
	// Output:
	// 部门整体支出绩效自评表
	// 部门整体支出绩效评价评分表
	// A8 "年度资金总额" =
	// B8 "0" =SUM(B9:B11)
	// E8 "—" =IF(C8=0,"—",D8/C8)
	// A10 "      上年结转资金" =
	// D16 "商品和服务支出" =
	// B17 "0" =SUM(C17:F17)
	// 履职效能（50分） 整体效能 预算编制合理性 4 合计 SUM(D4:D28)
}
