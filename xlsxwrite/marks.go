package xlsxwrite

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// MarkSheet is the very hidden sheet of an annotated copy that remembers
// what the annotation changed: the name of its summary sheet, and each cell
// it filled or commented, with the style and the comment the cell had
// before. Annotating the copy again (a corrected, resubmitted workbook)
// first undoes those marks, so that they are replaced, never stacked.
const MarkSheet = "jixiao_marks"

// cellMark is what one cell was before the annotation.
type cellMark struct {
	sheet, cell     string
	style           int
	styled          bool // the fill was changed: style is the one before
	commented       bool // a comment was written: before says what was there
	hadComment      bool
	comment, author string
}

// marks is the undo log of one annotation.
type marks struct {
	summary string
	cells   []*cellMark
	byCell  map[string]*cellMark
}

func (m *marks) of(sheet, cell string) *cellMark {
	if m.byCell == nil {
		m.byCell = map[string]*cellMark{}
	}
	key := sheet + "!" + cell
	c := m.byCell[key]
	if c == nil {
		c = &cellMark{sheet: sheet, cell: cell}
		m.byCell[key] = c
		m.cells = append(m.cells, c)
	}
	return c
}

// styled records a cell's style before its fill is changed.
func (m *marks) styled(sheet, cell string, style int) {
	if c := m.of(sheet, cell); !c.styled {
		c.styled, c.style = true, style
	}
}

// commented records a cell's comment before the annotation's is written.
func (m *marks) commented(sheet, cell string, old excelize.Comment, had bool) {
	if c := m.of(sheet, cell); !c.commented {
		c.commented, c.hadComment, c.comment, c.author = true, had, commentText(old), old.Author
	}
}

// write puts the log on MarkSheet, very hidden.
func (m *marks) write(f *excelize.File) error {
	if _, err := f.NewSheet(MarkSheet); err != nil {
		return fmt.Errorf("xlsx: %s: %w", MarkSheet, err)
	}
	rows := [][]any{{"summary", m.summary}}
	for _, c := range m.cells {
		style, had := "", ""
		if c.styled {
			style = strconv.Itoa(c.style)
		}
		if c.hadComment {
			had = "1"
		}
		rows = append(rows, []any{c.sheet, c.cell, style, boolText(c.commented), had, c.comment, c.author})
	}
	for i, r := range rows {
		if err := f.SetSheetRow(MarkSheet, "A"+strconv.Itoa(i+1), &r); err != nil {
			return fmt.Errorf("xlsx: %s: %w", MarkSheet, err)
		}
	}
	return f.SetSheetVisible(MarkSheet, false, true)
}

func boolText(b bool) string {
	if b {
		return "1"
	}
	return ""
}

// undoEarlier restores what an earlier annotation changed, when the
// workbook has its MarkSheet: each cell's style and comment, and removes
// that annotation's summary sheet and the log itself. A log that does not
// read is left alone rather than guessed at.
func undoEarlier(f *excelize.File) error {
	idx, err := f.GetSheetIndex(MarkSheet)
	if err != nil || idx < 0 {
		return nil
	}
	rows, err := f.GetRows(MarkSheet)
	if err != nil {
		return fmt.Errorf("xlsx: %s: %w", MarkSheet, err)
	}
	summary := ""
	for i, r := range rows {
		cell := func(j int) string {
			if j < len(r) {
				return r[j]
			}
			return ""
		}
		if i == 0 && cell(0) == "summary" {
			summary = cell(1)
			continue
		}
		sheet, ref := cell(0), cell(1)
		if sheet == "" || ref == "" {
			continue
		}
		if i, err := f.GetSheetIndex(sheet); err != nil || i < 0 {
			continue
		}
		if style, err := strconv.Atoi(cell(2)); err == nil {
			if err := f.SetCellStyle(sheet, ref, ref, style); err != nil {
				return fmt.Errorf("xlsx: restoring %s!%s: %w", sheet, ref, err)
			}
		}
		if cell(3) == "1" {
			if err := f.DeleteComment(sheet, ref); err != nil {
				return fmt.Errorf("xlsx: restoring %s!%s: %w", sheet, ref, err)
			}
			if cell(4) == "1" {
				if err := f.AddComment(sheet, excelize.Comment{Author: cell(6), Cell: ref, Text: cell(5)}); err != nil {
					return fmt.Errorf("xlsx: restoring %s!%s: %w", sheet, ref, err)
				}
			}
		}
	}
	if summary != "" && summary != MarkSheet {
		if i, err := f.GetSheetIndex(summary); err == nil && i >= 0 {
			if err := f.DeleteSheet(summary); err != nil {
				return fmt.Errorf("xlsx: removing %s: %w", summary, err)
			}
		}
	}
	return f.DeleteSheet(MarkSheet)
}

// commentText is a comment's whole text: its text and its runs.
func commentText(c excelize.Comment) string {
	t := c.Text
	for _, r := range c.Paragraph {
		t += r.Text
	}
	return t
}
