/** The Users area: the list at /iam/users and a user at /iam/users/:userId. */
import { Route, Routes } from 'react-router';
import UserDetailPage from './user-detail-page';
import UsersPage from './users-page';

export default function UsersRoutes() {
  return (
    <Routes>
      <Route index element={<UsersPage />} />
      <Route path=":userId" element={<UserDetailPage />} />
    </Routes>
  );
}
