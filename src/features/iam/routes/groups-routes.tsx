/** The User Groups area: the list at /iam/groups and a group at /iam/groups/:groupId. */
import { Route, Routes } from 'react-router';
import GroupDetailPage from './group-detail-page';
import GroupsPage from './groups-page';

export default function GroupsRoutes() {
  return (
    <Routes>
      <Route index element={<GroupsPage />} />
      <Route path=":groupId" element={<GroupDetailPage />} />
    </Routes>
  );
}
