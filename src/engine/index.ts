/** The decision-flow engine: pure functions, answers in, next node or outcome out. */
export type { Answers } from './graph';
export { conditionHolds, isQuestion, isUrgent, isValidAnswer, nextOf, nodeById, recommendedFlows, targetsOf } from './graph';
export { answer, answersOnPath, maxQuestions, questionsLeft, walk, type Walk } from './walk';
export { decodeAnswers, encodeAnswers, type Decoded } from './codec';
export { CHECK, pageSteps, resolveStep, stepAfter, stepBefore, type Resolved, type Screen } from './step';
export { answersReaching, enumeratePaths, possibleAnswers, type FlowPath } from './paths';
