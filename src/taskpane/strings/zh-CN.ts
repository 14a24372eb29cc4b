import type { PaneStrings } from "./types";

const listed = (items: readonly string[]) => items.map((item) => `“${item}”`).join("、");

export const ZH_CN: PaneStrings = {
  title: "Concord",
  tagline: "跨部门协作：标准化模板、状态函数与签字确认",
  hostStatus(kind, host) {
    switch (kind) {
      case "excel":
        return "Concord 正在 Excel 中运行";
      case "word":
        return "Concord 正在 Word 中运行";
      case "other":
        return `Concord 不支持 ${host ?? "此应用"}`;
      case "none":
        return "预览 — 示例项目，不会保存任何内容";
    }
  },
  hostHint(kind) {
    switch (kind) {
      case "excel":
        return "在本工作簿中按协作闭环推进：插入表单、签字确认、跟踪任务。";
      case "word":
        return "在本文档中按协作闭环推进：插入表单并签字确认。";
      case "other":
        return "请在 Excel 或 Word 中打开 Concord。";
      case "none":
        return "当前在 Office 之外打开：所有功能均在内存中的示例项目上运行。请在 Excel 或 Word 中打开 Concord 处理您自己的文件。";
    }
  },
  shell: {
    previewBanner: "预览 — 示例项目，不会保存任何内容",
    previewEmptyBanner: "预览 — 空白文件，不会保存任何内容",
    previewDetail: "可在此试用每个步骤；刷新页面即恢复为示例。",
    previewKindLabel: "预览方式",
    previewStartLabel: "起始内容",
    previewSample: "示例项目",
    previewEmpty: "空白文件",
    excel: "Excel 工作簿",
    word: "Word 文档",
    navigation: "Concord 页面",
    screens: {
      home: "首页",
      forms: "表单",
      signoff: "签字",
      changes: "变更",
      weekly: "周例会",
      archive: "归档",
      templates: "模板",
    },
    connecting: "正在连接文件…",
    connectFailed: (message) => `Concord 无法加载与文件的连接：${message}`,
    retryConnect: "重新连接文件",
    loadingScreen: "正在加载页面…",
    screenFailed: "无法加载此页面（网络中断？）。请再次选择它以重试。",
    dismiss: "关闭此消息",
    needsForm: "本文件中还没有此页面所需的表单：请先插入一个。",
    toTemplates: "转到“模板”插入表单",
  },
  home: {
    inFileHeading: "本文件中的表单",
    none: "本文件中还没有 Concord 表单：下面的协作闭环从启动申请表开始。",
    loading: "正在读取本文件中的表单…",
    readFailed: (message) => `无法读取本文件中的表单：${message}`,
    retryRead: "重新读取本文件中的表单",
    refresh: "从文件刷新协作闭环",
    open: (name, location) => `打开${name}（${location}）`,
    opened: (name) => `已在文件中选中${name}。`,
    openFailed: (name, message) => `无法转到${name}：${message}`,
    loopHeading: "协作闭环",
    stepTitle: (number, title) => `${number}. ${title}`,
    state: { done: "已完成", current: "下一步", todo: "待办", attention: "需处理", blocked: "受阻" },
    nextAction: (label, step) => `${label}（第 ${step} 步）`,
    ledgerProblem: "部分签字记录无法读取：",
    working: "正在处理…",
  },
  templates: {
    insertHeading: "插入模板",
    templateLabel: "模板",
    formLanguageLabel: "表单语言",
    english: "English（英文）",
    chinese: "中文",
    insert: (template, name) => `插入 ${template} ${name}`,
    inserting: (name) => `正在插入${name}…`,
    inserted: (name, places, kind) =>
      kind === "excel"
        ? `已插入${name}，工作表：${listed(places)}。原有内容均未改动。`
        : `已插入${name}，位置：${listed(places)}。原有内容均未改动。`,
    insertFailed: (message) => `无法插入模板：${message}`,
    disabledBecause: (reason) => `此处不可用：${reason}`,
    downloadsLink: "空白表单…",
    downloadsHeading: "下载空白表单",
    downloadsHint: "供未安装本加载项的同事填写。",
    downloadsLoading: "正在加载文件生成组件…",
    downloadLanguageLabel: "文件语言",
    download: (template, name, kind) => `下载 ${template} ${name}（.${kind}）`,
    preparing: (fileName) => `正在生成 ${fileName}…`,
    downloaded: (fileName) => `${fileName} 已保存到下载文件夹。`,
    downloadFailed: (message) => `无法生成文件：${message}`,
    retryDownloads: "重新加载空白表单",
  },
  officeErrors: {
    general: "Office 未能完成此操作。请稍候再试；如仍失败，请保存并重新打开文件。",
    protectedDocument: "文件或其中这一部分受保护，无法编辑。请取消保护（审阅 → 保护）后重试。",
    itemNotFound: "表单的一部分已不在文件中（被删除或重命名）。请撤销删除，或重新插入表单。",
    cellEditMode: "有单元格正在编辑。请在工作表中按 Enter 或 Esc，然后重试。",
    accessDenied: "Office 拒绝了此修改（文件为只读，或共享时没有编辑权限）。请打开可编辑的副本后重试。",
    other: (message) => `Office 报告：${message}`,
  },
};
