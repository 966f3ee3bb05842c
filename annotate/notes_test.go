package annotate_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/annotate"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

// TestAnnotationNotes pins the comments Annotate puts on the as-reported
// workbook, in both languages, and on a workbook with only an info finding.
func TestAnnotationNotes(t *testing.T) {
	dept := func(col, row int) xlsx.Ref {
		return xlsx.Ref{Sheet: "部门整体支出绩效自评表", Col: col, Row: row}
	}
	for _, tc := range []struct {
		name string
		file string
		opts evaluation.Options
		want []xlsxwrite.Note
	}{
		{"zh", "../testdata/haizhu-kexie-2023-as-reported.xlsx", evaluation.Options{}, []xlsxwrite.Note{
			{Ref: dept(2, 16), Fill: xlsxwrite.FillRed, Text: "错误 JX103 支出经济分类横向合计不符\n" +
				"支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。\n" +
				"应为 283.79，表中为 236.79。\n建议将 D16 改为 14.74。"},
			{Ref: dept(4, 18), Fill: xlsxwrite.FillRed, Text: "错误 JX104 支出经济分类纵向合计不符\n" +
				"支出经济分类“商品和服务支出”列：合计应为各项之和 108.74，表中填写 61.74，相差 47.00。\n" +
				"应为 108.74，表中为 61.74。\n建议将 D16 改为 14.74。"},
			{Ref: dept(4, 16), Fill: xlsxwrite.FillRed, Text: "建议将本单元格改为 14.74，可消除 JX103 B16、JX104 D18 处的问题。"},
		}},
		{"en", "../testdata/haizhu-kexie-2023-as-reported.xlsx", evaluation.Options{Language: "en"}, []xlsxwrite.Note{
			{Ref: dept(2, 16), Fill: xlsxwrite.FillRed, Text: "Error JX103 economic classification row does not foot\n" +
				"economic classification, row 基本支出: the total should be the sum of its parts, 283.79, but reads 236.79 (off by 47.00).\n" +
				"Expected 283.79, found 236.79.\nFix: set D16 to 14.74."},
			{Ref: dept(4, 18), Fill: xlsxwrite.FillRed, Text: "Error JX104 economic classification column does not foot\n" +
				"economic classification, column 商品和服务支出: the total should be the sum of its parts, 108.74, but reads 61.74 (off by 47.00).\n" +
				"Expected 108.74, found 61.74.\nFix: set D16 to 14.74."},
			{Ref: dept(4, 16), Fill: xlsxwrite.FillRed, Text: "Suggested fix: set this cell to 14.74; it mends JX103 B16, JX104 D18."},
		}},
		{"disabled code", "../testdata/haizhu-kexie-2023-as-reported.xlsx", evaluation.Options{Disable: []string{evaluation.CodeMatrixColumn}}, []xlsxwrite.Note{
			// Without JX104 no single cell explains JX103 alone: no fix.
			{Ref: dept(2, 16), Fill: xlsxwrite.FillRed, Text: "错误 JX103 支出经济分类横向合计不符\n" +
				"支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。\n" +
				"应为 283.79，表中为 236.79。"},
		}},
		{"info only", "../testdata/haizhu-kexie-2023-nocache.xlsx", evaluation.Options{}, []xlsxwrite.Note{
			{Ref: dept(5, 8), Fill: xlsxwrite.FillNone, Text: "提示 JX002 公式无缓存值，已重新计算\n" +
				"本表有 11 个公式单元格没有保存计算结果（如由程序生成的文件），已由 jixiao 计算后再核对。"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := evaluation.Evaluate(context.Background(), tc.file, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := annotate.Notes(rep, present.Of(tc.opts.Language))
			if tc.name == "info only" && len(got) > 1 {
				got = got[:1] // one JX002 per sheet; the first is enough
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("notes (-want +got):\n%s", diff)
			}
		})
	}
}
