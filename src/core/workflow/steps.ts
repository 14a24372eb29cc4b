import { bi, type Bilingual } from "../templates";
import type { PhaseId, StepId } from "./types";

export interface StepDef {
  id: StepId;
  number: number;
  title: Bilingual;
}

export interface PhaseDef {
  id: PhaseId;
  title: Bilingual;
  steps: readonly StepDef[];
}

const step = (id: StepId, number: number, en: string, zh: string): StepDef => ({ id, number, title: bi(en, zh) });

/** The closed loop of the guide (目标共识—分工明确—执行监控—复盘优化): 3 phases, 11 steps, in the guide's words. */
export const LOOP: readonly PhaseDef[] = [
  {
    id: "preparation",
    title: bi("Preparation and kickoff", "筹备与启动"),
    steps: [
      step("initiate", 1, "Initiate", "发起协作申请"),
      step("departments", 2, "Identify departments", "识别核心参与部门"),
      step("kickoff", 3, "Kickoff meeting", "召开协作启动会"),
      step("consensus", 4, "Consensus", "输出协作共识文件"),
    ],
  },
  {
    id: "execution",
    title: bi("Execution and monitoring", "执行与监控"),
    steps: [
      step("plan", 5, "Plan", "制定详细执行计划"),
      step("communicate", 6, "Communicate", "建立定期沟通机制"),
      step("track", 7, "Track weekly", "动态跟踪与调整"),
      step("change", 8, "Change", "变更"),
    ],
  },
  {
    id: "closing",
    title: bi("Closing and review", "收尾与复盘"),
    steps: [
      step("acceptance", 9, "Acceptance", "成果验收与交付"),
      step("retrospective", 10, "Retrospective", "召开协作复盘会"),
      step("archive", 11, "Archive", "归档"),
    ],
  },
];
