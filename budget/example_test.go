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
	funds, err := budget.ParseFunds(sheet, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	total := funds.Line(budget.Total)
	fmt.Println(total.Executed.Ref, total.Executed.Value, total.Rate.Ref, total.Rate.Value)

	matrix, err := budget.ParseMatrix(sheet, nil)
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

// A Parser reads the blocks of one workbook, then is Reset for the next.
func ExampleParser() {
	var p budget.Parser
	for _, path := range []string{"../testdata/haizhu-kexie-2023.xlsx", "../testdata/haizhu-kexie-2023-as-reported.xlsx"} {
		wb, err := xlsx.Open(context.Background(), path, xlsx.Options{})
		if err != nil {
			fmt.Println(err)
			return
		}
		matrix, err := p.ParseMatrix(wb.Sheet("部门整体支出绩效自评表"), nil)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(matrix.Row(budget.Basic).Cells[2].Value) // 商品和服务支出 of 基本支出
		p.Reset()                                            // the matrix above is not used again
	}
	// Output:
	// 14.74
	// 61.74
}
