/** The feature's routes under /workspaces: the list and one workspace (`/workspaces/:id`). */
import { Route, Routes } from 'react-router';
import WorkspacePage from './workspace-page';
import WorkspacesPage from './workspaces-page';

export default function WorkspacesRoutes() {
  return (
    <Routes>
      <Route index element={<WorkspacesPage />} />
      <Route path=":id" element={<WorkspacePage />} />
    </Routes>
  );
}
