package budget_test

import (
	"context"
	"fmt"

	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/xlsx"
)

func Example() {
	wb, err := xlsx.Open(context.Background(), "../testdata/haizhu-kexie-2023.xlsx", xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	sheet := wb.Sheet("部门整体支出绩效自评表")
	funds, err := budget.ParseFunds(sheet)
	if err != nil {
		fmt.Println(err)
		return
	}
	total := funds.Line(budget.Total)
	fmt.Println(total.Executed.Ref, total.Executed.Value, total.Rate.Ref, total.Rate.Value)

	matrix, err := budget.ParseMatrix(sheet)
	if err != nil {
		fmt.Println(err)
		return
	}
	basic := matrix.Row(budget.Basic)
	for i, col := range matrix.Cols {
		fmt.Println(col.Label.Text, basic.Cells[i].Ref.A1(), basic.Cells[i].Value)
	}
	// Output:
	// 部门整体支出绩效自评表!D8 283.79 部门整体支出绩效自评表!E8 1.0000
	// 合计 B16 236.79
	// 工资福利支出 C16 144.10
	// 商品和服务支出 D16 14.74
	// 对个人和家庭的补助 E16 77.95
	// 资本性支出 F16 0.00
}
