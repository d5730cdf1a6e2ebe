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
      organizer: '主办单位：%{name}',
      in_round: '本班正在报名轮次中（%{at} 截止），名额由摇号分配，摇号后才能直接报名或导入名单',
      free: '剩余 %{free} 个',
      busy: '已在未结束的报名轮次中',
      full: '没有剩余名额',
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
      draw_places: '名额：%{places} 个（摇号时按各班全部剩余名额摇出，可能多于此数）',
      draw_once:
        '摇号只进行一次，结果不能撤销：按摇号顺序，每位申请人进入其志愿中仍有名额的第一个班级；都已满的进入第一志愿班级的候补名单。',
      days_at_most: '预约天数须为 1～%{most} 天（所选班级上课天数最少的为 %{most} 天）',
    },
  },
  en: {
    round_classes: {
      more: 'Other classes drawn together (optional)',
      more_help:
        'Open classes of the same project can be drawn together, applicants listing them in order of preference; the places are their free places together',
      none_more: 'No other open class in this project',
      organizer: 'Organizer: %{name}',
      in_round:
        'This class is in an application round (closing %{at}): places go by lot; enrol or import after the draw',
      free: '%{free} free',
      busy: 'In a round not yet confirmed',
      full: 'No free place',
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
      draw_places: 'Places: %{places} (the draw takes every free place of the classes then; there may be more)',
      draw_once:
        'The draw runs once and cannot be undone: in draw order, each applicant takes the first class of their choices with room; those with none wait on their first choice’s waitlist.',
      days_at_most: 'Days booked: 1 to %{most} (the fewest meeting days among the classes chosen)',
    },
  },
};
