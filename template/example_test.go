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
	for _, a1 := range []string{"A8", "B8", "E8", "D15", "B16"} {
		col, row, _ := xlsx.ParseA1(a1)
		c := dept.Cell(col, row)
		fmt.Printf("%s %q =%s\n", a1, c.Text, c.Formula)
	}
	score := wb.Sheet(template.ScoreSheet)
	fmt.Println(score.Cell(3, 4).Text, score.Cell(4, 4).Text, score.Cell(1, 29).Text, score.Cell(4, 29).Formula)
	// Output:
	// 部门整体支出绩效自评表
	// 部门整体支出绩效评价评分表
	// A8 "年度资金总额" =
	// B8 "0" =SUM(B9:B10)
	// E8 "—" =IF(C8=0,"—",D8/C8)
	// D15 "商品和服务支出" =
	// B16 "0" =SUM(C16:F16)
	// 年度重点工作任务完成率 8 合计 SUM(D4:D28)
}
