package indicator_test

import (
	"context"
	"fmt"

	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/xlsx"
)

func ExampleParseTable() {
	wb, err := xlsx.Open(context.Background(), "../testdata/haizhu-kexie-2023.xlsx", xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	table, err := indicator.ParseTable(wb.Sheet("项目支出绩效自评表"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range table.Groups {
		fmt.Printf("%s (weight %s at %s): %d indicators\n", g.Name, g.Weight.Value, g.Weight.Ref.A1(), len(g.Indicators))
	}
	in := table.Indicators[len(table.Indicators)-1]
	fmt.Println(in.Name.Text, in.Target.Quantity.Op, in.Target.Quantity.Value, in.Actual.Text, in.Score.Ref.A1(), in.Score.Value)
	fmt.Println("grade:", table.Grade.Text)
	// Output:
	// 产出指标 (weight 50 at B13): 4 indicators
	// 效益指标 (weight 30 at B17): 2 indicators
	// 满意度指标 (weight 10 at B19): 1 indicators
	// 参与公众满意度 ≥ 0.95 92% H19 9.68
	// grade: 优
}

// A Parser reads the tables of one workbook, then is Reset for the next.
func ExampleParser() {
	var p indicator.Parser
	for _, path := range []string{"../testdata/haizhu-kexie-2023.xlsx", "../testdata/haizhu-kexie-2023-nocache.xlsx"} {
		wb, err := xlsx.Open(context.Background(), path, xlsx.Options{})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, s := range wb.Sheets {
			if table, err := p.ParseTable(s, nil); err == nil {
				fmt.Println(s.Name, len(table.Indicators), "indicators")
			}
		}
		p.Reset() // the tables above are not used again
	}
	// Output:
	// 部门整体支出绩效评价评分表 25 indicators
	// 项目支出绩效自评表 7 indicators
	// 部门整体支出绩效评价评分表 25 indicators
	// 项目支出绩效自评表 7 indicators
}
