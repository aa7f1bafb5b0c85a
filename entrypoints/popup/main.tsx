import { render } from 'preact';
import '../../components/theme.css';
import { Popup } from '../../components/Popup';
import { popupApi } from './popupApi';

render(<Popup api={popupApi} />, document.getElementById('app')!);
