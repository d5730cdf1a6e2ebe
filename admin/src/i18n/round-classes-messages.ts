/**
 * Messages of a round over several classes of one project (docs/lottery.md "Several classes"): choosing the
 * classes when opening, the choices in order when applying, and the class won or waited on. Chinese first;
 * merged into app-messages.ts (a test checks both languages have the same keys).
 */
export const roundClassesMessages = {
  zh: {
    round_classes: {
      more: '一起摇号的其他班级（可选）',
      more_help: '同一项目招生中的班级可一起摇号，申请人按志愿顺序填报；名额为各班剩余名额之和',
      none_more: '本项目没有其他招生中的班级',
      free: '剩余 %{free} 个',
      places_help: '所选 %{count} 个班级剩余名额共 %{free} 个',
      places_at_most: '名额不能超过所选班级的剩余名额（%{free}）',
      title: '摇号班级',
      label: '代号',
      class: '班级',
      places: '名额',
      places_drawn: '摇号名额',
      choice_n: '第 %{n} 志愿',
      choice_none: '（不填）',
      choices_help: '按意愿顺序填报；摇号时先看第一志愿，未中再看下一志愿',
      choices: '志愿',
      placed: '所在班级',
    },
  },
  en: {
    round_classes: {
      more: 'Other classes drawn together (optional)',
      more_help:
        'Open classes of the same project can be drawn together, applicants listing them in order of preference; the places are their free places together',
      none_more: 'No other open class in this project',
      free: '%{free} free',
      places_help: 'The %{count} classes chosen have %{free} free places together',
      places_at_most: 'At most the free places of the classes chosen (%{free})',
      title: 'Classes drawn',
      label: 'Label',
      class: 'Class',
      places: 'Places',
      places_drawn: 'Places drawn',
      choice_n: 'Choice %{n}',
      choice_none: '(none)',
      choices_help: 'In order of preference: the draw looks at the first choice, then the next',
      choices: 'Choices',
      placed: 'Class',
    },
  },
};
