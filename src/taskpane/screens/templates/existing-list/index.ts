export { ExistingList, type ExistingListProps } from "./ExistingList";
export { hasListActions, type ListHost } from "./list-host";
